package org.mekonghis.security.api;

import java.util.List;

/**
 * What an administrator enters about a user, for creating or updating the account.
 *
 * @param fullName              required, at most {@value UserService#FULL_NAME_MAX_LENGTH} characters, trimmed
 * @param jobTitle              required
 * @param practisingCertificate required (non-blank, at most {@value UserService#CERTIFICATE_MAX_LENGTH}
 *                              characters) when {@link JobTitle#requiresPractisingCertificate()}; otherwise optional
 * @param departments           department codes (letters, digits, '.', '_', '-', at most
 *                              {@value UserService#DEPARTMENT_MAX_LENGTH} characters); null means none
 * @since 1.0
 */
public record UserDetails(String fullName, JobTitle jobTitle, String practisingCertificate, List<String> departments) {

    public UserDetails {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
