package org.mekonghis.platform.launcher.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.launcher.security.ThreadSecurityContext;

/**
 * Puts the principal of each request on its thread for the services' permission checks.
 *
 * <p>This is the login seam: until the security module provides authentication (sessions for the
 * UI, bearer tokens for {@code /api/}), every request acts as the built-in local administrator.
 * {@code /api/health} needs no principal at all.
 */
public final class PrincipalFilter implements Filter {

    private final ThreadSecurityContext security;
    private final Supplier<Principal> fallback;

    public PrincipalFilter(ThreadSecurityContext security, Supplier<Principal> fallback) {
        this.security = security;
        this.fallback = fallback;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            security.runAs(fallback.get(), () -> {
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
