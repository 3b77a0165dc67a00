package org.mekonghis.platform.launcher.security;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/** The principal of each thread, set by the web filters, the job scheduler and the event dispatcher. */
public final class ThreadSecurityContext implements SecurityContext {

    private final ThreadLocal<Principal> current = new ThreadLocal<>();

    @Override
    public Optional<Principal> current() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public boolean isPermitted(String permission) {
        Principal p = current.get();
        return p != null && p.has(permission);
    }

    @Override
    public Principal require(String permission) {
        Principal p = current.get();
        if (p == null || !p.has(permission)) {
            throw new AccessDeniedException(p == null ? null : p.id(), permission);
        }
        return p;
    }

    @Override
    public <T> T runAs(Principal principal, Callable<T> work) throws Exception {
        Principal previous = current.get();
        current.set(principal);
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
