package org.mekonghis.platform.launcher.osgi;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out which host packages the system bundle exports, with their versions, from the
 * launcher's class path itself: a jar's {@code Export-Package} header when it has one,
 * otherwise every package it holds, versioned from its Maven metadata. Bundles can then import
 * {@code com.vaadin...;version="[25.2,26)"} and resolve against the host.
 */
public final class SystemPackages {
    private static final Logger LOG = LoggerFactory.getLogger(SystemPackages.class);
    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[.-]?(.*))?");
    /**
     * Packages of host libraries that bundles must not wire to: iText, which the launcher's
     * DocumentRenderer uses; bundles print through the org.mekonghis.platform.api.document API.
     */
    static final List<String> HOST_PRIVATE = List.of("com.itextpdf.");

    private SystemPackages() {
    }

    /** The value of {@code org.osgi.framework.system.packages.extra} for the given class path. */
    public static String derive(List<Path> classPath) {
        Map<String, String> exports = new LinkedHashMap<>();
        for (Path entry : classPath) {
            try {
                if (Files.isDirectory(entry)) {
                    addDirectory(entry, exports);
                } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                    addJar(entry, exports);
                }
            } catch (IOException e) {
                LOG.warn("Cannot read class path entry {}: {}", entry, e.toString());
            }
        }
        StringBuilder sb = new StringBuilder();
        exports.forEach((pkg, clause) -> {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(clause);
        });
        LOG.debug("System bundle exports {} host packages", exports.size());
        return sb.toString();
    }

    /** The JVM's class path as paths. */
    public static List<Path> currentClassPath() {
        List<Path> result = new ArrayList<>();
        for (String s : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!s.isBlank()) {
                result.add(Path.of(s));
            }
        }
        return result;
    }

    private static void addJar(Path jar, Map<String, String> exports) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest mf = jf.getManifest();
            Attributes main = mf == null ? new Attributes() : mf.getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            if (name != null && name.startsWith("org.apache.felix.framework") || isProjectBundle(name)) {
                return; // the framework exports its own packages; project bundles are installed, not exported
            }
            String exportHeader = main.getValue("Export-Package");
            if (exportHeader != null && main.getValue("Bundle-ManifestVersion") != null) {
                for (String clause : splitClauses(exportHeader)) {
                    addClause(clause, exports);
                }
                return;
            }
            String version = osgiVersion(mavenVersion(jf, main));
            TreeSet<String> packages = new TreeSet<>();
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                String n = entries.nextElement().getName();
                if (n.endsWith(".class") && n.indexOf('/') > 0 && !n.startsWith("META-INF/")) {
                    packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.'));
                }
            }
            for (String pkg : packages) {
                addClause(pkg + ";version=\"" + version + "\"", exports);
            }
        }
    }

    /**
     * A class folder (tests run from a build tree) is exported only when it is the platform's own
     * API with its bnd manifest: a plugin's or a test's classes on the class path must never shadow
     * the bundle under test.
     */
    private static void addDirectory(Path dir, Map<String, String> exports) throws IOException {
        Path manifest = dir.resolve("META-INF/MANIFEST.MF");
        if (!Files.isRegularFile(manifest)) {
            return;
        }
        try (InputStream in = Files.newInputStream(manifest)) {
            Attributes main = new Manifest(in).getMainAttributes();
            String exportHeader = main.getValue("Export-Package");
            if (exportHeader != null && isPlatformBundle(main.getValue("Bundle-SymbolicName"))) {
                for (String clause : splitClauses(exportHeader)) {
                    addClause(clause, exports);
                }
            }
        }
    }

    private static boolean isPlatformBundle(String symbolicName) {
        return symbolicName != null && symbolicName.startsWith("org.mekonghis.platform.");
    }

    /** A plugin or core bundle of the project is installed into the framework, never exported by the host. */
    private static boolean isProjectBundle(String symbolicName) {
        return symbolicName != null && symbolicName.startsWith("org.mekonghis.") && !isPlatformBundle(symbolicName);
    }

    private static void addClause(String clause, Map<String, String> exports) {
        String trimmed = clause.trim();
        int semi = trimmed.indexOf(';');
        String pkg = semi < 0 ? trimmed : trimmed.substring(0, semi).trim();
        if (pkg.isEmpty() || pkg.startsWith("java.") || exports.containsKey(pkg) || isHostPrivate(pkg)) {
            return;
        }
        // Keep only the version: uses/mandatory directives of host jars would only constrain wiring.
        String version = null;
        if (semi >= 0) {
            Matcher m = Pattern.compile("(?:^|;)\\s*version\\s*=\\s*\"?([^\";]+)\"?").matcher(trimmed.substring(semi));
            if (m.find()) {
                version = m.group(1).trim();
            }
        }
        exports.put(pkg, version == null ? pkg : pkg + ";version=\"" + version + "\"");
    }

    static boolean isHostPrivate(String pkg) {
        return HOST_PRIVATE.stream().anyMatch(pkg::startsWith);
    }

    /** Splits a manifest header at the commas that are not inside quotes. */
    static List<String> splitClauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            clauses.add(current.toString());
        }
        return clauses;
    }

    private static String mavenVersion(JarFile jf, Attributes main) throws IOException {
        Enumeration<JarEntry> entries = jf.entries();
        while (entries.hasMoreElements()) {
            JarEntry e = entries.nextElement();
            if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                Properties p = new Properties();
                try (InputStream in = jf.getInputStream(e)) {
                    p.load(in);
                }
                if (p.getProperty("version") != null) {
                    return p.getProperty("version");
                }
            }
        }
        String v = main.getValue("Bundle-Version");
        if (v == null) {
            v = main.getValue("Implementation-Version");
        }
        return v == null ? "0.0.0" : v;
    }

    /** Maps a Maven version ({@code 25.2.5}, {@code 2.0-rc1}) onto an OSGi one ({@code 25.2.5}, {@code 2.0.0.rc1}). */
    static String osgiVersion(String maven) {
        Matcher m = VERSION.matcher(maven.trim());
        if (!m.matches()) {
            return "0.0.0";
        }
        String major = m.group(1);
        String minor = m.group(2) == null ? "0" : m.group(2);
        String micro = m.group(3) == null ? "0" : m.group(3);
        String qualifier = m.group(4) == null ? "" : m.group(4).replaceAll("[^A-Za-z0-9_-]", "_");
        return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier);
    }
}
