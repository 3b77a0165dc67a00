package org.mekonghis.platform.launcher.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.api.security.Principal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The permissions the platform and the running bundles declare. */
public final class PermissionRegistry implements AutoCloseable {

    /** The platform's own permission: administration pages. */
    public static final PermissionDefinition PLATFORM_ADMIN = new PermissionDefinition("platform.admin",
            "permission.platform.admin");

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
        all.put(PLATFORM_ADMIN.id(), PLATFORM_ADMIN);
        declared.values().forEach(list -> list.forEach(p -> all.putIfAbsent(p.id(), p)));
        return all;
    }

    /**
     * The principal every request acts as while no login is installed: an administrator holding
     * every permission, including those of plugins installed later.
     */
    public static final Principal LOCAL_ADMINISTRATOR = new Principal("local-admin", "admin", "Administrator",
            Principal.Kind.USER, Set.of(Principal.ALL_PERMISSIONS));
}
