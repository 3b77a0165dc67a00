package org.mekonghis.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.security.api.ApiClientDto;

/** An API client as stored in {@code sec_api_client}; its token is known only by its SHA-256. */
@Entity
@Table(name = "sec_api_client")
@NamedQueries({
        @NamedQuery(name = ApiClient.ALL, query = "SELECT c FROM ApiClient c ORDER BY c.createdAt DESC, c.id"),
        @NamedQuery(name = ApiClient.BY_TOKEN, query = "SELECT c FROM ApiClient c WHERE c.tokenHash = :hash") })
public class ApiClient {
    static final String ALL = "ApiClient.all";
    static final String BY_TOKEN = "ApiClient.byToken";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", length = 100, nullable = false)
    private String createdBy;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_api_client_scope", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "permission", length = 100)
    private Set<String> scopes = new HashSet<>();

    /** For JPA. */
    protected ApiClient() {
    }

    ApiClient(String id, String name, String tokenHash, Set<String> scopes, Instant createdAt, String createdBy,
            Instant expiresAt) {
        this.id = id;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scopes.addAll(scopes);
        this.createdAt = Times.toDb(createdAt);
        this.createdBy = createdBy;
        this.expiresAt = Times.toDb(expiresAt);
    }

    String id() {
        return id;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        this.revokedAt = Times.toDb(now);
    }

    ApiClientDto toDto() {
        return new ApiClientDto(id, name, scopes, Times.fromDb(createdAt), createdBy, Times.fromDb(expiresAt),
                Times.fromDb(revokedAt));
    }

    /** The principal the client's token stands for: exactly its scopes. */
    Principal principal() {
        return new Principal(id, name, name, Principal.Kind.API_CLIENT, scopes);
    }
}
