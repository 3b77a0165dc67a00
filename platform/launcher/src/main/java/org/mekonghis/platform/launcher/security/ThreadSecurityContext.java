package org.mekonghis.platform.launcher.security;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/** The principal of each thread, set by the web filters, the job scheduler and the event dispatcher. */
public final class ThreadSecurityContext implements SecurityContext {

    private record Acting(Principal principal, ClientInfo client) {
    }

    private final ThreadLocal<Acting> current = new ThreadLocal<>();

    @Override
    public Optional<Principal> current() {
        Acting a = current.get();
        return a == null ? Optional.empty() : Optional.ofNullable(a.principal());
    }

    @Override
    public Optional<ClientInfo> client() {
        Acting a = current.get();
        return a == null ? Optional.empty() : Optional.ofNullable(a.client());
    }

    @Override
    public boolean isPermitted(String permission) {
        return current().map(p -> p.has(permission)).orElse(false);
    }

    @Override
    public Principal require(String permission) {
        Principal p = current().orElse(null);
        if (p == null || !p.has(permission)) {
            throw new AccessDeniedException(p == null ? null : p.id(), permission);
        }
        return p;
    }

    @Override
    public <T> T runAs(Principal principal, Callable<T> work) throws Exception {
        return runAs(principal, client().orElse(null), work);
    }

    @Override
    public <T> T runAs(Principal principal, ClientInfo client, Callable<T> work) throws Exception {
        Acting previous = current.get();
        current.set(new Acting(principal, client));
        try {
            return work.call();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }
}
