package org.mekonghis.platform.ui.security;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.mekonghis.platform.api.security.Principal;

/**
 * Where the signed-in user of a browser session is kept: attributes of the HTTP session, so the
 * launcher's servlet filter can read them on every request without knowing Vaadin.
 *
 * <p>The contract with the launcher's filter: for every request outside {@code /api/}, read
 * {@link #ATTRIBUTE} from the existing HTTP session (never create one), refresh it through
 * {@code AuthenticationService.refresh}, store the refreshed principal back (or remove the
 * attribute when the refresh yields nothing) and run the request with
 * {@code SecurityContext.runAs(principal, client, ...)}, the client from
 * {@link RequestClient#of(jakarta.servlet.http.HttpServletRequest)}. The shell sets the attribute
 * only after a successful sign-in, on a new session id, and signs out by invalidating the session.
 */
public final class SessionPrincipal {

    /** HTTP session attribute holding the signed-in {@link Principal}; absent when nobody is signed in. */
    public static final String ATTRIBUTE = "org.mekonghis.platform.ui.security.SessionPrincipal";

    /**
     * HTTP session attribute, {@link Boolean#TRUE} while the signed-in user must change the
     * password before doing anything else.
     */
    public static final String PASSWORD_CHANGE_ATTRIBUTE = ATTRIBUTE + ".mustChangePassword";

    /** Vaadin session attribute: the route the user asked for before being sent to sign in. */
    private static final String REQUESTED_ROUTE_ATTRIBUTE = ATTRIBUTE + ".requestedRoute";

    private SessionPrincipal() {
    }

    /** The principal signed in to {@code session}; empty when nobody is, or the session is no longer valid. */
    public static Optional<Principal> of(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof Principal principal ? Optional.of(principal)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** The principal signed in to the HTTP session of {@code session}. */
    public static Optional<Principal> of(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped == null) {
            return Optional.empty();
        }
        try {
            return wrapped.getAttribute(ATTRIBUTE) instanceof Principal principal ? Optional.of(principal)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** Whether the user of {@code session} must change the password first. */
    public static boolean mustChangePassword(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        try {
            return wrapped != null && Boolean.TRUE.equals(wrapped.getAttribute(PASSWORD_CHANGE_ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /** Records the sign-in of {@code principal}; call on a freshly reinitialised session. */
    static void signIn(VaadinSession session, Principal principal, boolean mustChangePassword) {
        WrappedSession wrapped = session.getSession();
        wrapped.setAttribute(ATTRIBUTE, principal);
        wrapped.setAttribute(PASSWORD_CHANGE_ATTRIBUTE, mustChangePassword ? Boolean.TRUE : null);
        session.setAttribute(Principal.class, principal);
    }

    /** The password was changed: the user may go anywhere their permissions allow. */
    static void passwordChanged(VaadinSession session) {
        session.getSession().setAttribute(PASSWORD_CHANGE_ATTRIBUTE, null);
    }

    /** Forgets the signed-in user without ending the session (the Vaadin session was closed for idleness). */
    public static void clear(WrappedSession session) {
        try {
            session.removeAttribute(ATTRIBUTE);
            session.removeAttribute(PASSWORD_CHANGE_ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            // already gone with its session
        }
    }

    /** Remembers where the user wanted to go, to continue there after signing in. */
    static void rememberRequestedRoute(VaadinSession session, String route) {
        session.setAttribute(REQUESTED_ROUTE_ATTRIBUTE, route);
    }

    /** The route remembered by {@link #rememberRequestedRoute}, forgotten once read. */
    static Optional<String> takeRequestedRoute(VaadinSession session) {
        String route = (String) session.getAttribute(REQUESTED_ROUTE_ATTRIBUTE);
        session.setAttribute(REQUESTED_ROUTE_ATTRIBUTE, null);
        return Optional.ofNullable(route);
    }
}
