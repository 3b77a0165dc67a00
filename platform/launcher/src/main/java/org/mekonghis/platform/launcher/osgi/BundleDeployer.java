package org.mekonghis.platform.launcher.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the core bundles of {@code bundles/} at start, and keeps the bundles of
 * {@code plugins/} in step with the folder while the HIS runs: a new jar is installed and
 * started, a changed jar (or a newer version of an installed plugin under another file name)
 * updates the bundle, a deleted jar uninstalls it. A jar is acted on once it has stopped
 * changing between two looks, so a copy still in progress is never read.
 */
public final class BundleDeployer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BundleDeployer.class);

    private final BundleContext context;
    private final BundleStatusTracker status;
    private final Path pluginsDir;
    private final long pollMillis;
    private final Map<Path, Deployed> deployed = new HashMap<>();
    private final Map<Path, Stamp> pending = new HashMap<>();
    private ScheduledExecutorService watcher;

    public BundleDeployer(BundleContext context, BundleStatusTracker status, Path pluginsDir, long pollMillis) {
        this.context = context;
        this.status = status;
        this.pluginsDir = pluginsDir;
        this.pollMillis = pollMillis;
    }

    /** Installs and starts every jar of {@code dir} as core bundles. */
    public void installCore(Path dir) throws IOException {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : newestPerSymbolicName(jars(dir))) {
            try (InputStream in = Files.newInputStream(jar)) {
                Bundle b = context.installBundle("core:" + jar.getFileName(), in);
                status.origin(b, "core");
                installed.add(b);
            } catch (BundleException e) {
                LOG.error("Core bundle {} cannot be installed: {}", jar.getFileName(), e.getMessage());
            }
        }
        installed.forEach(this::startIsolated);
    }

    /** Installs the plugins present now, then watches the folder. */
    public synchronized void startWatching() throws IOException {
        Files.createDirectories(pluginsDir);
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : newestPerSymbolicName(jars(pluginsDir))) {
            Bundle b = install(jar);
            if (b != null) {
                installed.add(b);
            }
        }
        installed.forEach(this::startIsolated);
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mekong-plugin-watcher");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(this::scanQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        LOG.info("Watching {} for plugins", pluginsDir);
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Plugin folder scan failed: {}", e.toString());
        }
    }

    /** One look at the plugin folder. */
    synchronized void scan() throws IOException {
        Set<Path> present = new HashSet<>(jars(pluginsDir));
        for (Path gone : new ArrayList<>(deployed.keySet())) {
            if (!present.contains(gone)) {
                uninstall(gone);
            }
        }
        pending.keySet().retainAll(present);
        for (Path jar : present) {
            Stamp now = Stamp.of(jar);
            Deployed d = deployed.get(jar);
            if (now == null || (d != null && d.stamp.equals(now))) {
                pending.remove(jar);
                continue;
            }
            // Act only on a file that looked the same last time: its copy is complete.
            if (!now.equals(pending.put(jar, now))) {
                continue;
            }
            pending.remove(jar);
            if (d != null) {
                update(jar, d, now);
            } else {
                deployNew(jar, now);
            }
        }
    }

    private void deployNew(Path jar, Stamp stamp) {
        Header header = Header.read(jar);
        if (header == null) {
            LOG.error("{} is not an OSGi bundle (no Bundle-SymbolicName); ignored", jar.getFileName());
            deployed.put(jar, new Deployed(null, stamp));
            return;
        }
        for (Map.Entry<Path, Deployed> e : deployed.entrySet()) {
            Bundle existing = e.getValue().bundle;
            if (existing != null && header.symbolicName.equals(existing.getSymbolicName())) {
                if (header.version.compareTo(existing.getVersion()) > 0) {
                    LOG.info("{} {} replaces version {} from {}", header.symbolicName, header.version,
                            existing.getVersion(), e.getKey().getFileName());
                    Path old = e.getKey();
                    deployed.put(old, new Deployed(null, e.getValue().stamp));
                    updateBundle(existing, jar);
                    deployed.put(jar, new Deployed(existing, stamp));
                } else {
                    LOG.warn("{} holds {} {}, not newer than the installed {}; ignored", jar.getFileName(),
                            header.symbolicName, header.version, existing.getVersion());
                    deployed.put(jar, new Deployed(null, stamp));
                }
                return;
            }
        }
        Bundle b = install(jar);
        deployed.put(jar, new Deployed(b, stamp));
        if (b != null) {
            startIsolated(b);
        }
    }

    private Bundle install(Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            Bundle b = context.installBundle("plugin:" + jar.getFileName(), in);
            status.origin(b, "plugin");
            deployed.put(jar, new Deployed(b, Stamp.of(jar)));
            LOG.info("Plugin {} {} installed from {}", b.getSymbolicName(), b.getVersion(), jar.getFileName());
            return b;
        } catch (BundleException | IOException e) {
            LOG.error("Plugin {} cannot be installed: {}", jar.getFileName(), e.getMessage());
            return null;
        }
    }

    private void update(Path jar, Deployed d, Stamp stamp) {
        if (d.bundle == null) {
            deployed.remove(jar);
            deployNew(jar, stamp);
            return;
        }
        updateBundle(d.bundle, jar);
        deployed.put(jar, new Deployed(d.bundle, stamp));
    }

    private void updateBundle(Bundle bundle, Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            LOG.info("Plugin {} updating from {}", bundle.getSymbolicName(), jar.getFileName());
            bundle.update(in);
            refresh(bundle);
            if (bundle.getState() != Bundle.ACTIVE) {
                startIsolated(bundle);
            }
            LOG.info("Plugin {} now at version {}", bundle.getSymbolicName(), bundle.getVersion());
        } catch (BundleException | IOException e) {
            status.recordFailure(bundle, "update from " + jar.getFileName(), e);
        }
    }

    private void uninstall(Path jar) {
        Deployed d = deployed.remove(jar);
        if (d == null || d.bundle == null) {
            return;
        }
        // If another file holds an older version of the same plugin, the newest remaining one takes over.
        try {
            String name = d.bundle.getSymbolicName();
            d.bundle.uninstall();
            refresh(d.bundle);
            LOG.info("Plugin {} uninstalled ({} deleted)", name, jar.getFileName());
            List<Path> others = deployed.entrySet().stream()
                    .filter(e -> e.getValue().bundle == null)
                    .map(Map.Entry::getKey)
                    .filter(p -> {
                        Header h = Header.read(p);
                        return h != null && h.symbolicName.equals(name);
                    })
                    .toList();
            for (Path other : newestPerSymbolicName(others)) {
                Stamp stamp = deployed.remove(other).stamp;
                deployNew(other, stamp);
            }
        } catch (BundleException e) {
            LOG.error("Plugin {} cannot be uninstalled: {}", jar.getFileName(), e.getMessage());
        }
    }

    private void startIsolated(Bundle bundle) {
        try {
            bundle.start();
            LOG.info("Bundle {} {} started", bundle.getSymbolicName(), bundle.getVersion());
        } catch (BundleException | RuntimeException e) {
            status.recordFailure(bundle, "start", e);
        }
    }

    private void refresh(Bundle bundle) {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            if (!done.await(30, TimeUnit.SECONDS)) {
                LOG.warn("Refresh after changing {} took longer than 30 s", bundle.getSymbolicName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** Of several jars with the same symbolic name, only the newest version. */
    private static List<Path> newestPerSymbolicName(List<Path> jars) {
        Map<String, Path> newest = new HashMap<>();
        Map<String, Version> versions = new HashMap<>();
        List<Path> result = new ArrayList<>();
        for (Path jar : jars) {
            Header h = Header.read(jar);
            if (h == null) {
                result.add(jar); // installing it reports the problem
                continue;
            }
            Version seen = versions.get(h.symbolicName);
            if (seen == null || h.version.compareTo(seen) > 0) {
                if (seen != null) {
                    LOG.warn("Several files hold {}; using version {} from {}", h.symbolicName, h.version, jar.getFileName());
                }
                newest.put(h.symbolicName, jar);
                versions.put(h.symbolicName, h.version);
            }
        }
        result.addAll(newest.values());
        result.sort(Comparator.comparing(Path::getFileName));
        return result;
    }

    private record Deployed(Bundle bundle, Stamp stamp) {
    }

    private record Stamp(long size, FileTime modified) {
        static Stamp of(Path p) {
            try {
                return new Stamp(Files.size(p), Files.getLastModifiedTime(p));
            } catch (IOException e) {
                return null;
            }
        }
    }

    private record Header(String symbolicName, Version version) {
        static Header read(Path jar) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                Manifest mf = jf.getManifest();
                if (mf == null) {
                    return null;
                }
                Attributes a = mf.getMainAttributes();
                String bsn = a.getValue("Bundle-SymbolicName");
                if (bsn == null) {
                    return null;
                }
                int semi = bsn.indexOf(';');
                return new Header((semi < 0 ? bsn : bsn.substring(0, semi)).trim(),
                        Version.parseVersion(a.getValue("Bundle-Version")));
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
        }
    }
}
