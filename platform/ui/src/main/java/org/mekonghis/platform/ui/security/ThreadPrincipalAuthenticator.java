package org.mekonghis.platform.ui.security;

import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;

/**
 * Takes the principal from the {@link SecurityContext} of the request thread, where the
 * launcher's filter put it, and remembers it in the Vaadin session for UI work done outside a
 * request (push updates). On a request thread the thread's principal always wins, so a
 * principal that disappears from requests also disappears from the UI.
 */
public final class ThreadPrincipalAuthenticator implements SessionAuthenticator {

    private static final String SESSION_ATTRIBUTE = ThreadPrincipalAuthenticator.class.getName() + ".principal";

    private final SecurityContext security;

    public ThreadPrincipalAuthenticator(SecurityContext security) {
        this.security = Objects.requireNonNull(security, "security");
    }

    @Override
    public Optional<Principal> currentPrincipal() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return security.current();
        }
        if (VaadinRequest.getCurrent() == null) {
            return Optional.ofNullable((Principal) session.getAttribute(SESSION_ATTRIBUTE));
        }
        Optional<Principal> principal = security.current();
        session.setAttribute(SESSION_ATTRIBUTE, principal.orElse(null));
        return principal;
    }
}
