package org.mekonghis.platform.ui.security;

import java.util.Objects;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Runs before every navigation of every UI: without a signed-in user, every route but the login
 * page forwards there (the requested route is remembered to continue after signing in); a user
 * who must change the password is held on the password page. The same check runs when a page is
 * reloaded after logout or an expired session, so the back button shows nothing either.
 */
public final class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    private final transient SessionAuthenticator authenticator;

    public AccessGuard(SessionAuthenticator authenticator) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (authenticator.currentPrincipal().isEmpty()) {
            if (target != PasswordView.class) {
                SessionPrincipal.rememberRequestedRoute(session, event.getLocation().getPathWithQueryParameters());
            }
            event.forwardTo(LoginView.class);
            return;
        }
        if (target != PasswordView.class && SessionPrincipal.mustChangePassword(session)) {
            event.forwardTo(PasswordView.class);
        }
    }
}
