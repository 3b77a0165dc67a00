package org.mekonghis.platform.launcher.osgi;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mekonghis.platform.ui.host.PlatformStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of every bundle: the framework's own, failures recorded while the bundle started,
 * rendered a view, handled an event or ran a job, and components whose activation failed.
 * A bundle's recorded failures are forgotten when it starts again (restart, update).
 */
public final class BundleStatusTracker implements PlatformStatus, BundleListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BundleStatusTracker.class);

    private final BundleContext context;
    private final Map<Long, String> failures = new ConcurrentHashMap<>();
    private final Map<Long, String> origins = new ConcurrentHashMap<>();
    private final ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr;

    public BundleStatusTracker(BundleContext context) {
        this.context = context;
        this.scr = new ServiceTracker<>(context, ServiceComponentRuntime.class, null);
    }

    public void open() {
        context.addBundleListener(this);
        scr.open();
    }

    @Override
    public void close() {
        context.removeBundleListener(this);
        scr.close();
    }

    /** Notes where a bundle came from: {@code framework}, {@code core} or {@code plugin}. */
    public void origin(Bundle bundle, String origin) {
        origins.put(bundle.getBundleId(), origin);
    }

    public String origin(Bundle bundle) {
        return bundle.getBundleId() == 0 ? "framework" : origins.getOrDefault(bundle.getBundleId(), "plugin");
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        switch (event.getType()) {
            case BundleEvent.STARTING, BundleEvent.UPDATED -> failures.remove(event.getBundle().getBundleId());
            case BundleEvent.UNINSTALLED -> {
                failures.remove(event.getBundle().getBundleId());
                origins.remove(event.getBundle().getBundleId());
            }
            default -> {
            }
        }
    }

    @Override
    public void recordFailure(Bundle bundle, String activity, Throwable error) {
        if (bundle == null) {
            LOG.error("Failure in {}", activity, error);
            return;
        }
        LOG.error("Bundle {} failed: {}", bundle.getSymbolicName(), activity, error);
        failures.put(bundle.getBundleId(), Instant.now() + " " + activity + ": " + describe(error));
    }

    @Override
    public List<BundleStatus> bundles() {
        List<BundleStatus> result = new ArrayList<>();
        Bundle[] bundles = context.getBundles();
        Arrays.sort(bundles, Comparator.comparingLong(Bundle::getBundleId));
        for (Bundle bundle : bundles) {
            String error = failures.get(bundle.getBundleId());
            String componentError = componentFailures(bundle);
            if (componentError != null) {
                error = error == null ? componentError : error + "\n" + componentError;
            }
            String state = error != null ? "FAILED" : stateName(bundle.getState());
            result.add(new BundleStatus(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                    state, error, origin(bundle)));
        }
        return result;
    }

    /** Whether a bundle that the HIS cannot run without (framework or core) is not running. */
    public boolean coreHealthy() {
        for (Bundle bundle : context.getBundles()) {
            String origin = origin(bundle);
            if (!"plugin".equals(origin)
                    && (bundle.getState() != Bundle.ACTIVE || componentFailures(bundle) != null)) {
                return false;
            }
        }
        return true;
    }

    private String componentFailures(Bundle bundle) {
        ServiceComponentRuntime runtime = scr.getService();
        if (runtime == null || bundle.getState() != Bundle.ACTIVE) {
            return null;
        }
        StringBuilder sb = null;
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    sb = sb == null ? new StringBuilder() : sb.append('\n');
                    sb.append("component ").append(description.name).append(" failed to activate: ")
                            .append(configuration.failure);
                }
            }
        }
        return sb == null ? null : sb.toString();
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    private static String describe(Throwable error) {
        StringWriter sw = new StringWriter();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        sw.append(error.toString());
        if (root != error) {
            sw.append(" (caused by ").append(root.toString()).append(')');
        }
        if (Boolean.getBoolean("mekong.status.stacktraces")) {
            sw.append('\n');
            error.printStackTrace(new PrintWriter(sw));
        }
        return sw.toString();
    }
}
