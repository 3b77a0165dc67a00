package org.mekonghis.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grants each declared permission to the built-in roles its bundle names as defaults, once per
 * permission and role for the life of the installation (recorded in {@code sec_default_grant}):
 * a new installation works for doctors, nurses and clerks from the first sign-in, and a
 * permission an administrator takes away is never granted again by a restart or an update.
 */
@Component(immediate = true)
public final class DefaultGrants {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultGrants.class);

    private final Map<PermissionContribution, Boolean> pending = new ConcurrentHashMap<>();
    @Reference
    private SecurityStore store;
    @Reference
    private SecurityContext security;
    private volatile boolean active;
    private final Clock clock;

    public DefaultGrants() {
        this(Clock.systemUTC());
    }

    DefaultGrants(Clock clock) {
        this.clock = clock;
    }

    @Activate
    synchronized void activate() {
        active = true;
        List<PermissionContribution> waiting = new ArrayList<>(pending.keySet());
        pending.clear();
        waiting.forEach(this::grantDefaults);
    }

    @Deactivate
    void deactivate() {
        active = false;
    }

    @Reference(service = PermissionContribution.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    synchronized void addContribution(PermissionContribution contribution) {
        if (!active) {
            pending.put(contribution, Boolean.TRUE);
        } else {
            grantDefaults(contribution);
        }
    }

    void removeContribution(PermissionContribution contribution) {
        pending.remove(contribution);
    }

    private void grantDefaults(PermissionContribution contribution) {
        List<PermissionDefinition> definitions;
        try {
            definitions = List.copyOf(contribution.permissions());
        } catch (RuntimeException e) {
            LOG.warn("A permission contribution failed to list its permissions; no default is granted", e);
            return;
        }
        try {
            security.runAs(Principal.SYSTEM, ClientInfo.LOCAL, () -> {
                grant(store, definitions, clock.instant());
                return null;
            });
        } catch (Exception e) {
            // The roles keep working without the defaults; administrators can still grant by hand.
            LOG.warn("SEC-0060: default permissions could not be granted: {}", e.toString());
        }
    }

    /** Grants what was never granted before; returns how many grants were made. */
    static int grant(SecurityStore store, List<PermissionDefinition> definitions, Instant now) {
        int granted = 0;
        for (PermissionDefinition definition : definitions) {
            if (definition == null || definition.id() == null) {
                continue;
            }
            for (String roleCode : definition.defaultRoles()) {
                if (grantOnce(store, definition.id(), roleCode, now)) {
                    granted++;
                }
            }
        }
        return granted;
    }

    private static boolean grantOnce(SecurityStore store, String permission, String roleCode, Instant now) {
        try {
            return store.database().inTransaction(tx -> {
                Number done = (Number) tx.em().createNativeQuery(
                        "SELECT COUNT(*) FROM sec_default_grant WHERE permission = ? AND role_code = ?")
                        .setParameter(1, permission).setParameter(2, roleCode).getSingleResult();
                if (done.longValue() > 0) {
                    return false;
                }
                tx.em().createNativeQuery(
                        "INSERT INTO sec_default_grant (permission, role_code, granted_at) VALUES (?, ?, ?)")
                        .setParameter(1, permission).setParameter(2, roleCode)
                        .setParameter(3, Timestamp.from(now)).executeUpdate();
                Role role = tx.em().find(Role.class, roleCode);
                if (role == null || role.permissions().contains(Principal.ALL_PERMISSIONS)
                        || role.permissions().contains(permission)) {
                    return false;
                }
                Set<String> permissions = new HashSet<>(role.permissions());
                permissions.add(permission);
                role.setPermissions(permissions);
                store.audit().administer(SecurityAudit.ROLE, roleCode, "default permission granted: " + permission);
                return true;
            });
        } catch (RuntimeException e) {
            // Another node granted it at the same moment (primary key): that is the same outcome.
            LOG.debug("Default grant of {} to {} not made here: {}", permission, roleCode, e.toString());
            return false;
        }
    }
}
