package org.mekonghis.platform.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.shared.Registration;

import org.mekonghis.platform.api.ui.ViewContribution;
import org.mekonghis.platform.ui.admin.AuditView;
import org.mekonghis.platform.ui.admin.BundlesView;
import org.mekonghis.platform.ui.security.LoginView;
import org.mekonghis.platform.ui.security.PasswordView;
import org.mekonghis.platform.ui.host.UiHost;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Vaadin's routes in step with the {@link ViewContribution} services of the framework.
 *
 * <p>Every contributed route is registered with the one host class {@link ContributedView},
 * as {@code <route>/:path*} so trailing segments reach the view. Routes go straight into the
 * application route registry of the servlet context: {@code RouteConfiguration.forApplicationScope()}
 * needs a current {@code VaadinService}, which OSGi threads do not have. When two services
 * claim the same route the first keeps it and the second is recorded as failed; it takes
 * over if the first goes away.
 */
public final class ContributionRoutes implements ServiceTrackerCustomizer<ViewContribution, ContributionRoutes.Entry> {

    /** Route of the home page. */
    public static final String HOME_ROUTE = "";
    /** Route of the bundle administration page. */
    public static final String BUNDLES_ROUTE = "admin/bundles";
    /** Route of the audit log viewer. */
    public static final String AUDIT_ROUTE = "admin/audit";
    /** Route of the login page, the only one open to anybody. */
    public static final String LOGIN_ROUTE = "login";
    /** Route of the password change page. */
    public static final String PASSWORD_ROUTE = "password";
    /** Routes of the platform's own pages, which no bundle may take. */
    static final java.util.Set<String> RESERVED_ROUTES = java.util.Set.of(BUNDLES_ROUTE, AUDIT_ROUTE, LOGIN_ROUTE,
            PASSWORD_ROUTE);
    /** Name of the wildcard route parameter holding the segments after a contributed route. */
    public static final String PATH_PARAMETER = "path";

    private static final Logger LOG = LoggerFactory.getLogger(ContributionRoutes.class);
    private static final Pattern ROUTE = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*");
    private static final List<Class<? extends RouterLayout>> PARENTS = List.of(MainLayout.class);

    private final UiHost host;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}; the first entry of each list owns the route. */
    private final Map<String, List<Entry>> byRoute = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private ApplicationRouteRegistry registry;
    private ServiceTracker<ViewContribution, Entry> tracker;

    public ContributionRoutes(UiHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    /**
     * A contribution the shell tracks, with its menu data read once when it appeared, so
     * drawing a menu never calls into a bundle.
     *
     * @param route        the normalised route
     * @param titleKey     i18n key of the menu entry and page title
     * @param permission   the permission needed, or null for any signed-in user
     * @param order        position in the menu
     * @param icon         icon name such as {@code vaadin:clipboard-text}, or null
     * @param contribution the service object
     * @param bundle       the bundle that registered it, for failure records
     */
    public record Entry(String route, String titleKey, String permission, int order, String icon,
            ViewContribution contribution, Bundle bundle) {

        /** Whether {@code principal} may see and open this view. */
        public boolean permits(org.mekonghis.platform.api.security.Principal principal) {
            return principal != null && principal.has(permission);
        }
    }

    /** Registers the host's own routes and error views, then starts tracking contributions. */
    public void open(ApplicationRouteRegistry routeRegistry) {
        synchronized (lock) {
            if (tracker != null) {
                throw new IllegalStateException("HIS-0410: contribution routes already open");
            }
            this.registry = routeRegistry;
            routeRegistry.update(() -> {
                routeRegistry.setRoute(HOME_ROUTE, HomeView.class, PARENTS);
                routeRegistry.setRoute(BUNDLES_ROUTE, BundlesView.class, PARENTS);
                routeRegistry.setRoute(AUDIT_ROUTE, AuditView.class, PARENTS);
                // outside the main layout: nothing of the application shows before signing in
                routeRegistry.setRoute(LOGIN_ROUTE, LoginView.class, List.of());
                routeRegistry.setRoute(PASSWORD_ROUTE, PasswordView.class, List.of());
            });
            routeRegistry.setErrorNavigationTargets(java.util.Set.of(NotFoundView.class, InternalErrorView.class));
            BundleContext context = host.bundleContext();
            tracker = new ServiceTracker<>(context, ViewContribution.class, this);
        }
        tracker.open();
        LOG.debug("tracking view contributions");
    }

    /** Stops tracking; every contributed route is removed. */
    public void close() {
        ServiceTracker<ViewContribution, Entry> current;
        synchronized (lock) {
            current = tracker;
            tracker = null;
        }
        if (current != null) {
            current.close();
        }
    }

    /** The contribution owning {@code route}, if any. */
    public Optional<Entry> find(String route) {
        synchronized (lock) {
            List<Entry> entries = byRoute.get(route);
            return entries == null || entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
        }
    }

    /** Whether {@code entry} still owns its route. */
    public boolean isActive(Entry entry) {
        return find(entry.route()).filter(active -> active == entry).isPresent();
    }

    /** The contributions owning a route, in arrival order. */
    public List<Entry> activeEntries() {
        synchronized (lock) {
            List<Entry> active = new ArrayList<>();
            byRoute.values().forEach(entries -> active.add(entries.get(0)));
            return active;
        }
    }

    /**
     * Calls {@code listener} on the thread that changed the contributions (an OSGi thread)
     * after a route appeared or disappeared. Listeners must hand UI work to {@code UI.access}.
     */
    public Registration addChangeListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public Entry addingService(ServiceReference<ViewContribution> reference) {
        BundleContext context = host.bundleContext();
        ViewContribution contribution = context.getService(reference);
        if (contribution == null) {
            return null;
        }
        Bundle bundle = reference.getBundle();
        Entry entry;
        try {
            entry = new Entry(normalise(contribution.route()), Objects.requireNonNull(contribution.titleKey(), "titleKey"),
                    contribution.permission(), contribution.order(), contribution.icon(), contribution, bundle);
        } catch (RuntimeException e) {
            LOG.error("HIS-0403: bundle {} contributed a view with an invalid route", symbolicName(bundle), e);
            host.status().recordFailure(bundle, "register view", e);
            context.ungetService(reference);
            return null;
        }
        String route = entry.route();
        boolean owner;
        Entry existing;
        synchronized (lock) {
            List<Entry> entries = byRoute.computeIfAbsent(route, r -> new ArrayList<>());
            entries.add(entry);
            owner = entries.size() == 1;
            existing = entries.get(0);
            if (owner && registry != null) {
                registry.setRoute(template(route), ContributedView.class, PARENTS);
            }
        }
        if (owner) {
            LOG.info("view {} of bundle {} registered", route, symbolicName(bundle));
            fireChanged();
        } else {
            IllegalStateException conflict = new IllegalStateException("HIS-0402: route " + route
                    + " is already provided by bundle " + symbolicName(existing.bundle()) + "; this view is ignored");
            LOG.error("HIS-0402: bundle {} contributed route {}, already provided by bundle {}",
                    symbolicName(bundle), route, symbolicName(existing.bundle()));
            host.status().recordFailure(bundle, "register view " + route, conflict);
        }
        return entry;
    }

    @Override
    public void modifiedService(ServiceReference<ViewContribution> reference, Entry entry) {
        // route, title and permission come from the service object, not from its properties
    }

    @Override
    public void removedService(ServiceReference<ViewContribution> reference, Entry entry) {
        boolean changed;
        synchronized (lock) {
            List<Entry> entries = byRoute.get(entry.route());
            changed = entries != null && !entries.isEmpty() && entries.get(0) == entry;
            if (entries != null) {
                entries.remove(entry);
                if (entries.isEmpty()) {
                    byRoute.remove(entry.route());
                    if (registry != null) {
                        registry.removeRoute(template(entry.route()));
                    }
                }
            }
        }
        try {
            host.bundleContext().ungetService(reference);
        } catch (IllegalStateException e) {
            LOG.debug("framework already stopped while releasing view {}", entry.route());
        }
        if (changed) {
            LOG.info("view {} of bundle {} removed", entry.route(), symbolicName(entry.bundle()));
            fireChanged();
        }
    }

    private void fireChanged() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("HIS-0411: a listener of contributed routes failed", e);
            }
        }
    }

    static String template(String route) {
        return route + "/:" + PATH_PARAMETER + "*";
    }

    static String normalise(String route) {
        Objects.requireNonNull(route, "route");
        String trimmed = route.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!ROUTE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("HIS-0403: invalid route '" + route
                    + "': lower-case letters, digits, '-' and '_' in '/'-separated segments");
        }
        if (RESERVED_ROUTES.contains(trimmed.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("HIS-0403: route '" + route + "' is reserved for the platform");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    static String symbolicName(Bundle bundle) {
        return bundle == null ? "?" : bundle.getSymbolicName() + " [" + bundle.getBundleId() + "]";
    }
}
