package org.mekonghis.platform.launcher.web;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.launcher.security.ThreadSecurityContext;
import org.mekonghis.platform.ui.security.RequestClient;
import org.mekonghis.platform.ui.security.SessionPrincipal;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Puts the principal of each request on its thread, for the services' permission checks and the
 * audit log.
 *
 * <ul>
 * <li>{@code /api/health} and {@code /api/auth/token} need no principal.</li>
 * <li>Everything else under {@code /api/} needs {@code Authorization: Bearer <token>}: a user's
 * token or an API client's, checked by the security module's {@link AuthenticationService};
 * 401 with a JSON body otherwise. The server's own command-line token (see {@link CliToken}) is
 * accepted from the server itself only.</li>
 * <li>Screens take the principal the login page put into the HTTP session, refreshed on every
 * request so that a deactivated account or a changed role takes effect at once.</li>
 * </ul>
 */
public final class PrincipalFilter implements Filter {

    private static final Set<String> OPEN_API = Set.of("/api/health", "/api/auth/token");

    private final ThreadSecurityContext security;
    private final ServiceTracker<AuthenticationService, AuthenticationService> authentication;
    private final CliToken cliToken;

    public PrincipalFilter(BundleContext context, ThreadSecurityContext security, CliToken cliToken) {
        this.security = security;
        this.cliToken = cliToken;
        this.authentication = new ServiceTracker<>(context, AuthenticationService.class, null);
        this.authentication.open();
    }

    public void close() {
        authentication.close();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Principal principal;
        ClientInfo client;
        if (path.startsWith("/api/")) {
            String token = bearer(request);
            client = new ClientInfo(request.getRemoteAddr(), token == null ? null : "token:" + RequestClient.sessionReference(token),
                    request.getHeader("User-Agent"));
            if (OPEN_API.contains(path)) {
                principal = null;
            } else if (token == null) {
                unauthorized(response, "HIS-0004", "This API needs a bearer token: POST /api/auth/token first");
                return;
            } else {
                Optional<Principal> p = authenticate(token, client);
                if (p.isEmpty()) {
                    unauthorized(response, "HIS-0005", "The bearer token is unknown, expired or revoked");
                    return;
                }
                principal = p.get();
            }
        } else {
            HttpSession session = request.getSession(false);
            client = RequestClient.of(request);
            principal = session == null ? null : sessionPrincipal(session);
        }
        try {
            security.runAs(principal, client, () -> {
                chain.doFilter(req, res);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private Optional<Principal> authenticate(String token, ClientInfo client) {
        if (cliToken.matches(token, client.remoteAddress())) {
            return Optional.of(CliToken.PRINCIPAL);
        }
        AuthenticationService auth = authentication.getService();
        return auth == null ? Optional.empty() : auth.authenticateToken(token, client);
    }

    private Principal sessionPrincipal(HttpSession session) {
        Principal p = SessionPrincipal.of(session).orElse(null);
        if (p == null) {
            return null;
        }
        AuthenticationService auth = authentication.getService();
        Optional<Principal> current = auth == null ? Optional.empty() : auth.refresh(p);
        if (current.isEmpty()) {
            // Signed out by the platform: the account was deactivated, or nobody can check it now.
            session.removeAttribute(SessionPrincipal.ATTRIBUTE);
            return null;
        }
        if (!current.get().equals(p)) {
            session.setAttribute(SessionPrincipal.ATTRIBUTE, current.get());
        }
        return current.get();
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() || token.length() > 512 ? null : token;
    }

    private static void unauthorized(HttpServletResponse response, String code, String message) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"mekong-his\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":{\"status\":401,\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }
}
