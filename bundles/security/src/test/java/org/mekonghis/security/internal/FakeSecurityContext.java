package org.mekonghis.security.internal;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/** A security context whose principal a test sets. */
final class FakeSecurityContext implements SecurityContext {
    private Principal current;
    private ClientInfo client;

    static Principal user(String id, String... permissions) {
        return new Principal(id, id, id, Principal.Kind.USER, Set.of(permissions));
    }

    void signIn(Principal principal) {
        this.current = principal;
    }

    @Override
    public Optional<Principal> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Optional<ClientInfo> client() {
        return Optional.ofNullable(client);
    }

    @Override
    public boolean isPermitted(String permission) {
        return current != null && current.has(permission);
    }

    @Override
    public Principal require(String permission) {
        if (!isPermitted(permission)) {
            throw new AccessDeniedException(current == null ? null : current.id(), permission);
        }
        return current;
    }

    @Override
    public <T> T runAs(Principal principal, Callable<T> work) throws Exception {
        return runAs(principal, client, work);
    }

    @Override
    public <T> T runAs(Principal principal, ClientInfo clientInfo, Callable<T> work) throws Exception {
        Principal previousPrincipal = current;
        ClientInfo previousClient = client;
        current = principal;
        client = clientInfo;
        try {
            return work.call();
        } finally {
            current = previousPrincipal;
            client = previousClient;
        }
    }
}
