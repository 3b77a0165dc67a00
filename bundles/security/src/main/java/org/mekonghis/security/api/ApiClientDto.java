package org.mekonghis.security.api;

import java.time.Instant;
import java.util.Set;

/**
 * A partner system allowed to call the REST API with a long-lived token (the token itself is
 * never stored, only its hash).
 *
 * @param id        internal id (a UUID), the principal id the audit log shows
 * @param name      the name administrators gave it, e.g. {@code lis-analyser-01}
 * @param scopes    the permissions its principal holds, and only these
 * @param createdAt when it was created
 * @param createdBy id of the administrator who created it
 * @param expiresAt when its token stops working, or null for never
 * @param revokedAt when it was revoked, or null
 * @since 1.0
 */
public record ApiClientDto(String id, String name, Set<String> scopes, Instant createdAt, String createdBy,
        Instant expiresAt, Instant revokedAt) {

    public ApiClientDto {
        scopes = Set.copyOf(scopes);
    }

    /** Whether the token works at {@code now}: neither revoked nor expired. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
