package org.mekonghis.platform.launcher.web;

import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.persistence.DatabaseProduct;
import org.mekonghis.platform.api.rest.RestEndpoint;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.launcher.audit.JdbcAuditLog;
import org.mekonghis.platform.launcher.osgi.BundleStatusTracker;
import org.mekonghis.platform.launcher.persistence.DatabaseBackup;
import org.mekonghis.platform.ui.host.PlatformStatus.BundleStatus;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything under {@code /api/}: the platform's health report and the endpoints bundles contribute
 * ({@link RestEndpoint}), each isolated: what escapes an endpoint becomes a JSON error answer.
 */
public final class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    /** First path segments the platform keeps for itself. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("health", "platform");

    private final transient DataSource dataSource;
    private final transient BundleStatusTracker status;
    private final transient Messages messages;
    private final transient ObjectMapper json;
    private final transient SecurityContext security;
    private final transient DatabaseBackup backup;
    private final transient JdbcAuditLog audit;
    private volatile boolean ready;
    private final transient Map<String, Registered> endpoints = new ConcurrentHashMap<>();
    private final transient ServiceTracker<RestEndpoint, Registered> tracker;

    public ApiServlet(BundleContext context, DataSource dataSource, BundleStatusTracker status, Messages messages,
            ObjectMapper json, SecurityContext security, DatabaseBackup backup, JdbcAuditLog audit) {
        this.audit = audit;
        this.security = security;
        this.backup = backup;
        this.dataSource = dataSource;
        this.status = status;
        this.messages = messages;
        this.json = json;
        this.tracker = new ServiceTracker<>(context, RestEndpoint.class, null) {
            @Override
            public Registered addingService(ServiceReference<RestEndpoint> reference) {
                RestEndpoint endpoint = context.getService(reference);
                if (endpoint == null) {
                    return null;
                }
                Registered r = new Registered(reference, endpoint, endpoint.name());
                if (r.name == null || !r.name.matches("[a-z][a-z0-9-]*") || RESERVED.contains(r.name)
                        || endpoints.putIfAbsent(r.name, r) != null) {
                    status.recordFailure(reference.getBundle(), "register REST endpoint",
                            new IllegalStateException("HIS-0140: REST name '" + r.name + "' is invalid, reserved or taken"));
                    context.ungetService(reference);
                    return null;
                }
                LOG.info("REST endpoints /api/{}/ registered by {}", r.name, reference.getBundle().getSymbolicName());
                return r;
            }

            @Override
            public void removedService(ServiceReference<RestEndpoint> reference, Registered r) {
                endpoints.remove(r.name, r);
                context.ungetService(reference);
                LOG.info("REST endpoints /api/{}/ removed", r.name);
            }
        };
    }

    public void open() {
        tracker.open();
    }

    /** Start-up is complete: health may answer UP from now on. */
    public void ready() {
        ready = true;
    }

    public void close() {
        tracker.close();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        String name = slash < 0 ? trimmed : trimmed.substring(0, slash);
        String rest = slash < 0 ? "" : trimmed.substring(slash);
        if (name.equals("health") && rest.isEmpty()) {
            health(request, response);
            return;
        }
        if (name.equals("platform") && rest.equals("/backup")) {
            backup(request, response);
            return;
        }
        if (name.equals("platform") && rest.equals("/bundles")) {
            bundles(request, response);
            return;
        }
        if (name.equals("platform") && rest.equals("/audit/verify")) {
            verifyAudit(request, response);
            return;
        }
        Registered r = endpoints.get(name);
        if (r == null) {
            error(response, 404, "HIS-0141", "No API at " + request.getRequestURI());
            return;
        }
        try {
            r.endpoint.handle(request, response, rest);
        } catch (InvalidInputException e) {
            invalidInput(request, response, e);
        } catch (MekongException e) {
            if (e instanceof AccessDeniedException denied) {
                auditDenied(request, denied);
            }
            if (e.httpStatus() >= 500) {
                status.recordFailure(r.reference.getBundle(), "REST " + request.getMethod() + " " + request.getRequestURI(), e);
            }
            error(response, e.httpStatus(), e.code(), messages.get(Locale.ENGLISH, e.messageKey(), e.arguments()));
        } catch (IOException | RuntimeException e) {
            status.recordFailure(r.reference.getBundle(), "REST " + request.getMethod() + " " + request.getRequestURI(), e);
            error(response, 500, "HIS-0142", "The " + name + " API failed; the error is logged.");
        }
    }

    private void health(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            error(response, 405, "HIS-0143", "Use GET for /api/health");
            return;
        }
        Map<String, Object> database = new LinkedHashMap<>();
        boolean dbUp;
        try (Connection c = dataSource.getConnection()) {
            dbUp = c.isValid(2);
            database.put("status", dbUp ? "UP" : "DOWN");
            database.put("product", DatabaseProduct.fromJdbcName(c.getMetaData().getDatabaseProductName()).displayName());
        } catch (Exception e) {
            dbUp = false;
            database.put("status", "DOWN");
            database.put("error", e.getMessage());
        }
        List<Map<String, Object>> bundles = new ArrayList<>();
        for (BundleStatus b : status.bundles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbolicName", b.symbolicName());
            m.put("version", b.version());
            m.put("state", b.state());
            m.put("origin", b.origin());
            m.put("error", b.error());
            bundles.add(m);
        }
        boolean up = ready && dbUp && status.coreHealthy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : ready ? "DOWN" : "STARTING");
        body.put("database", database);
        body.put("bundles", bundles);
        response.setStatus(up ? 200 : 503);
        response.setHeader("Cache-Control", "no-store");
        write(response, body);
    }

    /**
     * {@code POST /api/platform/backup}: online backup of the embedded database, for
     * {@code bin/mekong backup}. Administrators only, and only from the server itself.
     */
    private void backup(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            error(response, 405, "HIS-0143", "Use POST for /api/platform/backup");
            return;
        }
        if (!CliToken.isLoopback(request.getRemoteAddr())) {
            error(response, 403, "HIS-0144", "Backups can only be requested from the server itself");
            return;
        }
        try {
            security.require("platform.backup");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("path", backup.run().toString());
            response.setStatus(200);
            write(response, body);
        } catch (MekongException e) {
            if (e instanceof AccessDeniedException denied) {
                auditDenied(request, denied);
            }
            error(response, e.httpStatus(), e.code(), messages.get(Locale.ENGLISH, e.messageKey(), e.arguments()));
        }
    }

    /** {@code GET /api/platform/bundles}: every bundle with its state and full error, for administrators. */
    private void bundles(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            error(response, 405, "HIS-0143", "Use GET for /api/platform/bundles");
            return;
        }
        try {
            security.require("platform.admin");
            write(response, status.bundles());
        } catch (MekongException e) {
            if (e instanceof AccessDeniedException denied) {
                auditDenied(request, denied);
            }
            error(response, e.httpStatus(), e.code(), messages.get(Locale.ENGLISH, e.messageKey(), e.arguments()));
        }
    }

    /** {@code GET /api/platform/audit/verify}: walks the audit chain, for auditors and {@code bin/mekong audit-verify}. */
    private void verifyAudit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            error(response, 405, "HIS-0143", "Use GET for /api/platform/audit/verify");
            return;
        }
        try {
            AuditTrail.Verification v = audit.verify();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("intact", v.intact());
            body.put("entries", v.entries());
            body.put("firstBroken", v.firstBroken() < 0 ? null : v.firstBroken());
            body.put("problem", v.problem());
            write(response, body);
        } catch (MekongException e) {
            if (e instanceof AccessDeniedException denied) {
                auditDenied(request, denied);
            }
            error(response, e.httpStatus(), e.code(), messages.get(Locale.ENGLISH, e.messageKey(), e.arguments()));
        }
    }

    /** 400 with every refused field, each message in the caller's language. */
    private void invalidInput(HttpServletRequest request, HttpServletResponse response, InvalidInputException e)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Locale locale = messages.localeFor(request.getHeader("Accept-Language"));
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.errors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", error.field());
            m.put("message", messages.get(locale, error.messageKey(), error.arguments()));
            errors.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code());
        body.put("errors", errors);
        response.reset();
        response.setStatus(400);
        write(response, body);
    }

    private void auditDenied(HttpServletRequest request, AccessDeniedException denied) {
        try {
            audit.record(AuditAction.ACCESS_DENIED, null, "api", request.getMethod() + " " + request.getRequestURI(), false,
                    "permission " + denied.permission());
        } catch (MekongException e) {
            LOG.error("Refused access could not be audited: {}", e.getMessage());
        }
    }

    private void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("code", code);
        error.put("message", message);
        write(response, Map.of("error", error));
    }

    private void write(HttpServletResponse response, Object body) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private record Registered(ServiceReference<RestEndpoint> reference, RestEndpoint endpoint, String name) {
    }
}
