package org.mekonghis.platform.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A throwaway database for one test: an embedded Derby database in a temporary folder, or a
 * fresh database on the PostgreSQL server named by {@code MEKONG_TEST_PG_URL} (for example
 * {@code jdbc:postgresql://localhost:5432/postgres}, with {@code MEKONG_TEST_PG_USER} and
 * {@code MEKONG_TEST_PG_PASSWORD}), dropped again when closed.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind {
        DERBY, POSTGRESQL
    }

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String adminUrl;
    private final String dbName;

    private TestDatabase(Kind kind, String url, String user, String password, String adminUrl, String dbName) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.adminUrl = adminUrl;
        this.dbName = dbName;
    }

    public static TestDatabase derby(Path dir) {
        return new TestDatabase(Kind.DERBY, "jdbc:derby:" + dir.resolve("db").toAbsolutePath() + ";create=true", null,
                null, null, null);
    }

    /** Whether a PostgreSQL server for tests is configured. */
    public static boolean postgresAvailable() {
        String url = System.getenv("MEKONG_TEST_PG_URL");
        return url != null && !url.isBlank();
    }

    public static TestDatabase postgres() {
        String admin = System.getenv("MEKONG_TEST_PG_URL");
        if (admin == null || admin.isBlank()) {
            throw new IllegalStateException("MEKONG_TEST_PG_URL is not set: no PostgreSQL server for tests");
        }
        String user = System.getenv("MEKONG_TEST_PG_USER");
        String password = System.getenv("MEKONG_TEST_PG_PASSWORD");
        String name = "mekong_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin + ": " + e.getMessage(), e);
        }
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        String url = admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query));
        return new TestDatabase(Kind.POSTGRESQL, url, user, password, admin, name);
    }

    /**
     * The databases persistence tests must pass on: Derby always, and PostgreSQL when a server is
     * configured. In CI ({@code CI=true}) a missing PostgreSQL server is an error, not a skip.
     */
    public static List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.DERBY));
        if (postgresAvailable()) {
            kinds.add(Kind.POSTGRESQL);
        } else if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but MEKONG_TEST_PG_URL is not set: PostgreSQL tests cannot run");
        }
        return kinds;
    }

    public static TestDatabase create(Kind kind, Path dir) {
        return kind == Kind.DERBY ? derby(dir) : postgres();
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        if (kind == Kind.POSTGRESQL) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + dbName + ": " + e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
