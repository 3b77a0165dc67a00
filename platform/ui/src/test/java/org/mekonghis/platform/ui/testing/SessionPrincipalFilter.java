package org.mekonghis.platform.ui.testing;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.ui.security.RequestClient;
import org.mekonghis.platform.ui.security.SessionPrincipal;

/**
 * What the launcher's filter does for the shell, for tests: for every request outside
 * {@code /api/}, the principal of the session, refreshed, on the request thread.
 */
public final class SessionPrincipalFilter implements Filter {

    private final SecurityContext security;
    private final Supplier<Optional<AuthenticationService>> authentication;

    public SessionPrincipalFilter(SecurityContext security, Supplier<Optional<AuthenticationService>> authentication) {
        this.security = security;
        this.authentication = authentication;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpSession session = http.getSession(false);
        Optional<Principal> signedIn = SessionPrincipal.of(session);
        if (http.getRequestURI().startsWith("/api/") || signedIn.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Principal> refreshed = authentication.get().flatMap(service -> service.refresh(signedIn.get()));
        if (refreshed.isEmpty()) {
            session.removeAttribute(SessionPrincipal.ATTRIBUTE);
            chain.doFilter(request, response);
            return;
        }
        session.setAttribute(SessionPrincipal.ATTRIBUTE, refreshed.get());
        try {
            security.runAs(refreshed.get(), RequestClient.of(http), () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
