package org.mekonghis.platform.launcher.osgi;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded Apache Felix framework with Declarative Services. */
public final class FelixHost {
    private static final Logger LOG = LoggerFactory.getLogger(FelixHost.class);

    /** Framework bundles shipped inside the launcher jar, in install order. */
    private static final List<String> FRAMEWORK_BUNDLES = List.of("META-INF/mekong/framework/org.apache.felix.scr.jar");

    private final Framework framework;

    public FelixHost(Path cacheDir, String systemPackagesExtra) {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cacheDir.toString());
        // The folders bundles/ and plugins/ are the truth: start from a clean cache every time.
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra);
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "jdk.internal.*,sun.*,com.sun.*");
        config.put("felix.log.level", "1");
        config.put("ds.loglevel", "warn");
        this.framework = new FrameworkFactory().newFramework(config);
    }

    /** Starts the framework itself; no bundle is installed yet. */
    public void start() throws BundleException {
        framework.init();
        framework.start();
        LOG.info("OSGi framework {} started", framework.getVersion());
    }

    /** Installs and starts the framework bundles (Declarative Services). */
    public void installFrameworkBundles(BundleStatusTracker status) throws BundleException {
        for (String resource : FRAMEWORK_BUNDLES) {
            try (InputStream in = FelixHost.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new BundleException("HIS-0150: framework bundle " + resource + " is missing from the launcher");
                }
                Bundle bundle = framework.getBundleContext().installBundle("framework:" + resource, in);
                bundle.start();
                status.origin(bundle, "framework");
            } catch (java.io.IOException e) {
                throw new BundleException("HIS-0150: cannot read framework bundle " + resource, e);
            }
        }
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public Framework framework() {
        return framework;
    }

    public void stop(long timeoutMillis) {
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(timeoutMillis);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                LOG.warn("OSGi framework did not stop within {} ms", timeoutMillis);
            }
        } catch (BundleException e) {
            LOG.warn("OSGi framework stop failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
