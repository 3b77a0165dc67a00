package org.mekonghis.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.mekonghis.platform.launcher.Platform;
import org.mekonghis.platform.launcher.PlatformSettings;
import org.mekonghis.platform.launcher.PropertiesConfiguration;
import org.osgi.framework.Bundle;

/**
 * The real platform, started in this JVM with chosen core bundles and plugins on a throwaway
 * database and a free port, for integration tests.
 *
 * <pre>{@code
 * try (TestPlatform p = TestPlatform.builder(tempDir).database(db).plugin(sampleJar).start()) {
 *     p.get("/api/health") ...
 * }
 * }</pre>
 */
public final class TestPlatform implements AutoCloseable {

    /** The first administrator's password in tests that install the security bundle. */
    public static final String ADMIN_PASSWORD = "Quan-tri-2026";

    private final Platform platform;
    private final Path home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String token;

    private TestPlatform(Platform platform, Path home) {
        this.platform = platform;
        this.home = home;
    }

    /**
     * Signs in through {@code POST /api/auth/token} (the security bundle must be installed) and
     * sends the token with every later {@link #get} and {@link #post}.
     *
     * @return the token
     */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/auth/token", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\"}");
        if (r.statusCode() != 200) {
            throw new AssertionError("sign-in as " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        int start = r.body().indexOf("\"accessToken\":\"") + 15;
        token = r.body().substring(start, r.body().indexOf('"', start));
        return token;
    }

    /** Signs in as the first administrator ({@link #ADMIN_PASSWORD}). */
    public String signInAsAdmin() throws IOException, InterruptedException {
        return signIn("admin", ADMIN_PASSWORD);
    }

    /** Uses {@code token} (or none, when null) for later requests. */
    public void useToken(String token) {
        this.token = token;
    }

    public static Builder builder(Path home) {
        return new Builder(home);
    }

    public Platform platform() {
        return platform;
    }

    public Path home() {
        return home;
    }

    public Path pluginsDir() {
        return home.resolve("plugins");
    }

    /** The root URL without a trailing slash, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        String url = platform.baseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A platform service, waiting up to 10 s for it to appear. */
    public <S> S service(Class<S> type) {
        waitUntil(Duration.ofSeconds(10), () -> platform.service(type).isPresent(), type.getName() + " registered");
        return platform.service(type).orElseThrow();
    }

    public Optional<Bundle> bundle(String symbolicName) {
        for (Bundle b : platform.bundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Copies a jar into the plugin folder (via a temporary name, as an operator's copy would end). */
    public Path deployPlugin(Path jar, String fileName) throws IOException {
        Path tmp = home.resolve(fileName + ".part");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(tmp, pluginsDir().resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
        String t = token;
        return t == null ? b : b.header("Authorization", "Bearer " + t);
    }

    /** Runs a query returning one number, on the platform's own pool. */
    public long queryLong(String sql) throws SQLException {
        try (Connection c = platform.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** Polls {@code condition} every 50 ms until it holds or {@code timeout} passes, then fails with {@code what}. */
    public static void waitUntil(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }

    @Override
    public void close() {
        platform.close();
    }

    public static final class Builder {
        private final Path home;
        private final Map<String, String> settings = new HashMap<>();
        private final List<Path> coreBundles = new ArrayList<>();
        private final List<Path> plugins = new ArrayList<>();
        private TestDatabase database;

        private Builder(Path home) {
            this.home = home;
            settings.put("http.port", "0");
            settings.put("http.host", "127.0.0.1");
            settings.put("plugins.poll-interval", "200ms");
            settings.put("events.poll-interval", "200ms");
        }

        public Builder database(TestDatabase db) {
            this.database = db;
            return this;
        }

        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        /**
         * Installs the security bundle (login, users, tokens) as a core bundle, with the first
         * administrator's password set to {@link TestPlatform#ADMIN_PASSWORD}. The jar's path comes
         * from the system property {@code mekong.security.jar}.
         */
        public Builder withSecurity() {
            String jar = System.getProperty("mekong.security.jar");
            if (jar == null) {
                throw new IllegalStateException("system property mekong.security.jar is not set");
            }
            settings.put("admin.password", ADMIN_PASSWORD);
            return coreBundle(Path.of(jar));
        }

        public Builder coreBundle(Path jar) {
            coreBundles.add(jar);
            return this;
        }

        public Builder plugin(Path jar) {
            plugins.add(jar);
            return this;
        }

        public TestPlatform start() throws Exception {
            Files.createDirectories(home.resolve("bundles"));
            Files.createDirectories(home.resolve("plugins"));
            for (Path jar : coreBundles) {
                Files.copy(jar, home.resolve("bundles").resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            for (Path jar : plugins) {
                Files.copy(jar, home.resolve("plugins").resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            TestDatabase db = database == null ? TestDatabase.derby(home.resolve("data")) : database;
            settings.put("db.url", db.url());
            if (db.user() != null) {
                settings.put("db.user", db.user());
            }
            if (db.password() != null) {
                settings.put("db.password", db.password());
            }
            PropertiesConfiguration config = new PropertiesConfiguration(Map.of(), Map.of(), settings);
            return new TestPlatform(Platform.start(PlatformSettings.from(home, config), config), home);
        }
    }
}
