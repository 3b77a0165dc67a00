package org.mekonghis.platform.ui.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * A bare Apache Felix framework for tests, with its storage in a throwaway directory, and
 * empty bundles made on the fly that tests register services from.
 */
public final class EmbeddedFramework implements AutoCloseable {

    private final Framework framework;
    private final Path storage;

    private EmbeddedFramework(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
    }

    public static EmbeddedFramework start() throws IOException, BundleException {
        Path storage = Files.createTempDirectory("mekong-felix");
        Framework framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.init();
        framework.start();
        return new EmbeddedFramework(framework, storage);
    }

    public Framework framework() {
        return framework;
    }

    public BundleContext systemContext() {
        return framework.getBundleContext();
    }

    /** Installs and starts a bundle with nothing but a manifest. */
    public Bundle installEmptyBundle(String symbolicName, String version) throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        attributes.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        attributes.putValue(Constants.BUNDLE_VERSION, version);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.flush();
        }
        Bundle bundle = systemContext().installBundle("test:" + symbolicName,
                new ByteArrayInputStream(bytes.toByteArray()));
        bundle.start();
        return bundle;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
        try (var paths = Files.walk(storage)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
