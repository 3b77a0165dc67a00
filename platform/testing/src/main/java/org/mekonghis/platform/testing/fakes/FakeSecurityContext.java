package org.mekonghis.platform.testing.fakes;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/**
 * A security context whose principal a test sets. Nobody is signed in and no client is known
 * until a test says otherwise; {@code runAs} switches both for the duration of the work.
 */
public final class FakeSecurityContext implements SecurityContext {
    private Principal current;
    private ClientInfo client;

    /** A user whose id, login and display name are all {@code id}. */
    public static Principal user(String id, String... permissions) {
        return new Principal(id, id, id, Principal.Kind.USER, Set.of(permissions));
    }

    /** A context with a user signed in; the login is {@code id}. */
    public static FakeSecurityContext signedIn(String id, String displayName, String... permissions) {
        FakeSecurityContext context = new FakeSecurityContext();
        context.signIn(new Principal(id, id, displayName, Principal.Kind.USER, Set.of(permissions)));
        return context;
    }

    /** A context in which nobody is signed in. */
    public static FakeSecurityContext nobody() {
        return new FakeSecurityContext();
    }

    /** Makes {@code principal} the current one; {@code null} signs out. */
    public void signIn(Principal principal) {
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
