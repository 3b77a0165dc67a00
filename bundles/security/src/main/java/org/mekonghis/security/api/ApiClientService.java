package org.mekonghis.security.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Partner systems calling the REST API with a long-lived bearer token whose principal holds
 * exactly the permissions chosen for it. Every method requires the permission
 * {@value #PERMISSION} ({@link AccessDeniedException} otherwise) and every change is audited
 * ({@code ADMINISTER}, record type {@value #RECORD_TYPE}).
 *
 * @since 1.0
 */
@ProviderType
public interface ApiClientService {

    /** The permission to manage API clients. */
    String PERMISSION = "security.clients.manage";

    /** The record type of audit entries about API clients. */
    String RECORD_TYPE = "security.client";

    /** The prefix of every API client token. */
    String TOKEN_PREFIX = "mkc_";

    int NAME_MAX_LENGTH = 100;

    /** The permissions a client may be given: those declared by the platform and the running bundles, by id. */
    List<PermissionDefinition> grantableScopes();

    /** Every client, revoked ones included, newest first. */
    List<ApiClientDto> list();

    /**
     * Creates a client and its token.
     *
     * @param name      required, at most {@value #NAME_MAX_LENGTH} characters
     * @param scopes    at least one permission, each declared by a running bundle; {@code *} is refused
     * @param expiresAt when the token stops working, in the future; null for never
     * @return the client and its token, which is shown only this once
     * @throws InvalidSecurityDataException when a value is invalid
     */
    IssuedApiClient create(String name, Set<String> scopes, Instant expiresAt);

    /**
     * Revokes a client: its token stops working at once on this node and within seconds on others.
     * Revoking a revoked client changes nothing.
     *
     * @throws ApiClientNotFoundException when no client has this id
     */
    ApiClientDto revoke(String clientId);
}
