package org.mekonghis.security.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A user account as administrators see it; never carries the password hash.
 *
 * @param id                     internal id (a UUID)
 * @param username               login name, lower case, unique
 * @param fullName               full name with diacritics, as shown in the UI and signed documents
 * @param jobTitle               what the user does
 * @param practisingCertificate  number of the practising certificate, or null when the title needs none
 * @param departments            codes of the departments the user works in, possibly empty
 * @param roles                  codes of the user's roles
 * @param active                 false once deactivated: the user cannot sign in
 * @param mustChangePassword     the password was generated and must be changed at the next sign-in
 * @param failedAttempts         consecutive failed sign-ins since the last success or lock
 * @param lockedUntil            end of the current lock after repeated failures, or null
 * @param createdAt              when the account was created
 * @param updatedAt              when the account last changed
 * @since 1.0
 */
public record UserDto(String id, String username, String fullName, JobTitle jobTitle, String practisingCertificate,
        List<String> departments, Set<String> roles, boolean active, boolean mustChangePassword, int failedAttempts,
        Instant lockedUntil, Instant createdAt, Instant updatedAt) {

    public UserDto {
        departments = List.copyOf(departments);
        roles = Set.copyOf(roles);
    }

    /** Whether the account is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
