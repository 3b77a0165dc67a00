package org.mekonghis.sample.internal;

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

    static FakeSecurityContext signedIn(String id, String displayName, String... permissions) {
        FakeSecurityContext context = new FakeSecurityContext();
        context.current = new Principal(id, id, displayName, Principal.Kind.USER, Set.of(permissions));
        return context;
    }

    static FakeSecurityContext nobody() {
        return new FakeSecurityContext();
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
        return Optional.empty();
    }

    @Override
    public <T> T runAs(Principal principal, ClientInfo client, Callable<T> work) throws Exception {
        return runAs(principal, work);
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
        Principal previous = current;
        current = principal;
        try {
            return work.call();
        } finally {
            current = previous;
        }
    }
}
