package org.mekonghis.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds small bundles for tests: chosen classes of the test class path, resources and manifest
 * headers, written as a jar. Also rewrites existing bundles (a newer version with other resources).
 */
public final class TestBundles {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Manifest manifest = new Manifest();

    private TestBundles(String symbolicName, String version) {
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version);
    }

    public static TestBundles bundle(String symbolicName, String version) {
        return new TestBundles(symbolicName, version);
    }

    public TestBundles header(String name, String value) {
        manifest.getMainAttributes().putValue(name, value);
        return this;
    }

    /** Adds the class files of {@code types} (and their nested classes) as found on the test class path. */
    public TestBundles classes(Class<?>... types) throws IOException {
        for (Class<?> type : types) {
            String path = type.getName().replace('.', '/') + ".class";
            entries.put(path, read(type, path));
            for (Class<?> nested : type.getDeclaredClasses()) {
                classes(nested);
            }
            // Anonymous and lambda helper classes: Outer$1, Outer$2 ...
            for (int i = 1; i < 50; i++) {
                String anon = type.getName().replace('.', '/') + "$" + i + ".class";
                try (InputStream in = type.getClassLoader().getResourceAsStream(anon)) {
                    if (in == null) {
                        break;
                    }
                    entries.put(anon, in.readAllBytes());
                }
            }
        }
        return this;
    }

    public TestBundles resource(String path, String content) {
        entries.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Path writeTo(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jos.putNextEntry(new JarEntry(e.getKey()));
                jos.write(e.getValue());
                jos.closeEntry();
            }
        }
        return jar;
    }

    /**
     * Copies {@code source} to {@code target} with another Bundle-Version and some entries
     * replaced or added: how a newer release of a plugin looks to the platform.
     */
    public static Path withVersion(Path source, Path target, String version, Map<String, String> replacedEntries)
            throws IOException {
        try (JarFile in = new JarFile(source.toFile())) {
            Manifest mf = new Manifest(in.getManifest());
            mf.getMainAttributes().putValue("Bundle-Version", version);
            try (OutputStream out = Files.newOutputStream(target); JarOutputStream jos = new JarOutputStream(out, mf)) {
                Enumeration<JarEntry> it = in.entries();
                while (it.hasMoreElements()) {
                    JarEntry e = it.nextElement();
                    if (e.getName().equals(JarFile.MANIFEST_NAME) || replacedEntries.containsKey(e.getName())) {
                        continue;
                    }
                    jos.putNextEntry(new JarEntry(e.getName()));
                    try (InputStream is = in.getInputStream(e)) {
                        is.transferTo(jos);
                    }
                    jos.closeEntry();
                }
                for (Map.Entry<String, String> e : replacedEntries.entrySet()) {
                    jos.putNextEntry(new JarEntry(e.getKey()));
                    jos.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    jos.closeEntry();
                }
            }
        }
        return target;
    }

    /** Reads one entry of a jar as text. */
    public static String readEntry(Path jar, String entry) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            JarEntry e = jf.getJarEntry(entry);
            if (e == null) {
                throw new IOException(entry + " not in " + jar.getFileName());
            }
            try (InputStream in = jf.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static byte[] read(Class<?> type, String path) throws IOException {
        try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("class file " + path + " not found");
            }
            return in.readAllBytes();
        }
    }
}
