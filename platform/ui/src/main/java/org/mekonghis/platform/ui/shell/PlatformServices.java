package org.mekonghis.platform.ui.shell;

import java.util.Objects;
import java.util.Optional;

import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform services the shell's own pages use, tracked in the framework: they come and go
 * with their bundles, so every use asks again and copes with absence (sign-in is then refused,
 * auditing skipped, the audit viewer says it is unavailable).
 */
public final class PlatformServices {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformServices.class);

    private final ServiceTracker<AuthenticationService, AuthenticationService> authentication;
    private final ServiceTracker<AuditLog, AuditLog> auditLog;
    private final ServiceTracker<AuditTrail, AuditTrail> auditTrail;

    public PlatformServices(BundleContext context) {
        Objects.requireNonNull(context, "context");
        authentication = new ServiceTracker<>(context, AuthenticationService.class, null);
        auditLog = new ServiceTracker<>(context, AuditLog.class, null);
        auditTrail = new ServiceTracker<>(context, AuditTrail.class, null);
    }

    /** Starts tracking. */
    public void open() {
        authentication.open();
        auditLog.open();
        auditTrail.open();
        LOG.debug("tracking the authentication service and the audit log");
    }

    /** Stops tracking; every service reads as absent afterwards. */
    public void close() {
        authentication.close();
        auditLog.close();
        auditTrail.close();
    }

    /** Signs users in; absent until the security bundle runs. */
    public Optional<AuthenticationService> authentication() {
        return Optional.ofNullable(authentication.getService());
    }

    /** Records audit entries; absent when the launcher offers none. */
    public Optional<AuditLog> auditLog() {
        return Optional.ofNullable(auditLog.getService());
    }

    /** Reads and verifies the audit log. */
    public Optional<AuditTrail> auditTrail() {
        return Optional.ofNullable(auditTrail.getService());
    }
}
