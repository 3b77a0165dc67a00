package org.mekonghis.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.security.api.ApiClientDto;
import org.mekonghis.security.api.ApiClientNotFoundException;
import org.mekonghis.security.api.ApiClientService;
import org.mekonghis.security.api.InvalidSecurityDataException;
import org.mekonghis.security.api.IssuedApiClient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** API clients over {@code sec_api_client}. */
@Component(service = ApiClientService.class)
public final class ApiClientServiceImpl implements ApiClientService {
    private static final Logger LOG = LoggerFactory.getLogger(ApiClientServiceImpl.class);

    private final SecurityStore store;
    private final SecurityContext security;
    private final PermissionCatalog catalog;

    @Activate
    public ApiClientServiceImpl(@Reference SecurityStore store, @Reference SecurityContext security,
            @Reference PermissionCatalog catalog) {
        this.store = store;
        this.security = security;
        this.catalog = catalog;
    }

    @Override
    public List<PermissionDefinition> grantableScopes() {
        security.require(PERMISSION);
        return catalog.all();
    }

    @Override
    public List<ApiClientDto> list() {
        security.require(PERMISSION);
        return store.database().read(em -> em.createNamedQuery(ApiClient.ALL, ApiClient.class).getResultList()
                .stream().map(ApiClient::toDto).toList());
    }

    @Override
    public IssuedApiClient create(String name, Set<String> scopes, Instant expiresAt) {
        Principal admin = security.require(PERMISSION);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX_LENGTH || n.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidSecurityDataException.invalidName(NAME_MAX_LENGTH);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw InvalidSecurityDataException.scopesRequired();
        }
        for (String scope : new TreeSet<>(scopes)) {
            // Least privilege: a partner system gets named permissions, never all of them.
            if (Principal.ALL_PERMISSIONS.equals(scope) || !catalog.isDeclared(scope)) {
                throw InvalidSecurityDataException.unknownPermission(scope);
            }
        }
        Instant now = store.clock().instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw InvalidSecurityDataException.expiryInPast();
        }
        String token = store.tokens().newClientToken();
        String id = UUID.randomUUID().toString();
        ApiClientDto client = store.database().inTransaction(tx -> {
            ApiClient c = new ApiClient(id, n, BearerTokens.hash(token), Set.copyOf(scopes), now, admin.id(),
                    expiresAt);
            tx.em().persist(c);
            store.audit().administer(RECORD_TYPE, id,
                    "created; scopes " + new TreeSet<>(scopes) + (expiresAt == null ? "" : "; expires " + expiresAt));
            return c.toDto();
        });
        LOG.info("API client {} created by principal {}", id, admin.id());
        return new IssuedApiClient(client, token);
    }

    @Override
    public ApiClientDto revoke(String clientId) {
        Principal admin = security.require(PERMISSION);
        Instant now = store.clock().instant();
        ApiClientDto result = store.database().inTransaction(tx -> {
            ApiClient c = clientId == null ? null : tx.em().find(ApiClient.class, clientId);
            if (c == null) {
                throw new ApiClientNotFoundException(String.valueOf(clientId));
            }
            if (!c.revoked()) {
                c.revoke(now);
                store.audit().administer(RECORD_TYPE, clientId, "revoked");
            }
            return c.toDto();
        });
        store.principals().evict(clientId);
        LOG.info("API client {} revoked by principal {}", clientId, admin.id());
        return result;
    }
}
