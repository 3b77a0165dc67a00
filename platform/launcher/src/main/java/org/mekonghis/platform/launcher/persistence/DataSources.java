package org.mekonghis.platform.launcher.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.mekonghis.platform.api.persistence.DatabaseProduct;
import org.mekonghis.platform.launcher.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shared connection pool over embedded Derby or PostgreSQL. */
public final class DataSources {
    private static final Logger LOG = LoggerFactory.getLogger(DataSources.class);

    private DataSources() {
    }

    public static HikariDataSource open(PlatformSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mekong");
        config.setJdbcUrl(settings.dbUrl());
        if (settings.dbUser() != null) {
            config.setUsername(settings.dbUser());
        }
        if (settings.dbPassword() != null) {
            config.setPassword(settings.dbPassword());
        }
        config.setMaximumPoolSize(settings.dbPoolSize());
        config.setMinimumIdle(Math.min(2, settings.dbPoolSize()));
        config.setAutoCommit(true);
        // Fail fast with a readable message when the database is unreachable at start.
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(10_000);
        if (settings.embeddedDerby()) {
            System.setProperty("derby.stream.error.file", settings.dataDir().resolve("derby.log").toString());
            config.setDriverClassName("org.apache.derby.iapi.jdbc.AutoloadedDriver");
        }
        HikariDataSource ds = new HikariDataSource(config);
        LOG.info("Database pool open: {} ({} connections at most)", productOf(ds).displayName(), settings.dbPoolSize());
        return ds;
    }

    public static DatabaseProduct productOf(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return DatabaseProduct.fromJdbcName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("HIS-0100: cannot reach the database: " + e.getMessage(), e);
        }
    }

    /**
     * Shuts one embedded Derby database down, which checkpoints it, so that the next start needs
     * no recovery. Derby reports a successful database shutdown with SQL state 08006. Only the
     * database is shut down, not the engine, so other databases of the JVM (tests) stay usable.
     *
     * @return true when Derby confirmed the shutdown
     */
    public static boolean shutdownEmbeddedDerby(String url) {
        String base = url.split(";", 2)[0];
        try {
            DriverManager.getConnection(base + ";shutdown=true").close();
        } catch (SQLException e) {
            if ("08006".equals(e.getSQLState()) || "XJ015".equals(e.getSQLState())) {
                LOG.info("Derby database shut down cleanly");
                return true;
            }
            LOG.warn("Derby shutdown reported {}: {}", e.getSQLState(), e.getMessage());
        }
        return false;
    }
}
