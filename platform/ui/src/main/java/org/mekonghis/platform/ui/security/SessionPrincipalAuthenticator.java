package org.mekonghis.platform.ui.security;

import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/**
 * The shell's login seam as the platform runs it: on a request thread, the principal the
 * launcher's filter put on the thread (refreshed from the session on every request) wins;
 * otherwise, as in push updates or in the request that signed the user in, the principal kept
 * in the HTTP session (see {@link SessionPrincipal}). Within a Vaadin session, nobody is
 * signed in unless the session says so, whatever the thread carries. Outside one, only the
 * thread can tell.
 */
public final class SessionPrincipalAuthenticator implements SessionAuthenticator {

    private final SecurityContext security;

    public SessionPrincipalAuthenticator(SecurityContext security) {
        this.security = Objects.requireNonNull(security, "security");
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            // not UI work (a service, a test): only the thread can tell
            return security.current();
        }
        Optional<Principal> signedIn = SessionPrincipal.of(session);
        if (signedIn.isEmpty()) {
            // signed out, timed out or never signed in: whatever a thread may still carry
            return Optional.empty();
        }
        Optional<Principal> onThread = security.current();
        return onThread.filter(principal -> principal.id().equals(signedIn.get().id())).or(() -> signedIn);
    }
}
