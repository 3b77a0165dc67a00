package org.mekonghis.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A user's bearer token in {@code sec_token}, known only by its SHA-256. */
@Entity
@Table(name = "sec_token")
@NamedQueries({
        @NamedQuery(name = UserToken.REVOKE_FOR_USER, query = "DELETE FROM UserToken t WHERE t.userId = :userId"),
        @NamedQuery(name = UserToken.PURGE_EXPIRED, query = "DELETE FROM UserToken t WHERE t.expiresAt < :now") })
public class UserToken {
    static final String REVOKE_FOR_USER = "UserToken.revokeForUser";
    static final String PURGE_EXPIRED = "UserToken.purgeExpired";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "user_id", length = 36, nullable = false)
    private String userId;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    /** For JPA. */
    protected UserToken() {
    }

    UserToken(String tokenHash, String userId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.issuedAt = Times.toDb(issuedAt);
        this.expiresAt = Times.toDb(expiresAt);
    }

    String userId() {
        return userId;
    }

    boolean validAt(Instant now) {
        return now.isBefore(Times.fromDb(expiresAt));
    }
}
