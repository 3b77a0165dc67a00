package org.mekonghis.platform.launcher.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The permissions the platform and the running bundles declare. */
public final class PermissionRegistry implements AutoCloseable {

    /** The platform's own permissions: administration pages, the audit log, backups. */
    public static final PermissionDefinition PLATFORM_ADMIN = new PermissionDefinition("platform.admin",
            "permission.platform.admin");
    public static final PermissionDefinition PLATFORM_AUDIT = new PermissionDefinition(
            org.mekonghis.platform.api.audit.AuditTrail.PERMISSION, "permission.platform.audit");
    public static final PermissionDefinition PLATFORM_BACKUP = new PermissionDefinition("platform.backup",
            "permission.platform.backup");

    /** The platform's permissions, registered as a contribution like any bundle's. */
    public static final PermissionContribution PLATFORM = () -> List.of(PLATFORM_ADMIN, PLATFORM_AUDIT, PLATFORM_BACKUP);

    private final Map<ServiceReference<PermissionContribution>, List<PermissionDefinition>> declared =
            new ConcurrentHashMap<>();
    private final ServiceTracker<PermissionContribution, PermissionContribution> tracker;

    public PermissionRegistry(BundleContext context) {
        this.tracker = new ServiceTracker<>(context, PermissionContribution.class, null) {
            @Override
            public PermissionContribution addingService(ServiceReference<PermissionContribution> reference) {
                PermissionContribution contribution = context.getService(reference);
                if (contribution != null) {
                    declared.put(reference, List.copyOf(contribution.permissions()));
                }
                return contribution;
            }

            @Override
            public void removedService(ServiceReference<PermissionContribution> reference,
                    PermissionContribution service) {
                declared.remove(reference);
                context.ungetService(reference);
            }
        };
    }

    public void open() {
        tracker.open();
    }

    @Override
    public void close() {
        tracker.close();
    }

    /** Every declared permission by id. */
    public Map<String, PermissionDefinition> all() {
        Map<String, PermissionDefinition> all = new LinkedHashMap<>();
        declared.values().forEach(list -> list.forEach(p -> all.putIfAbsent(p.id(), p)));
        return all;
    }

}
