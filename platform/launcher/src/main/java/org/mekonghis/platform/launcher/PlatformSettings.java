package org.mekonghis.platform.launcher;

import java.nio.file.Path;
import java.time.Duration;

import org.mekonghis.platform.api.config.Configuration;

/**
 * The launcher's own settings, read once at start.
 *
 * @param home              the installation folder; relative paths are resolved against it
 * @param dataDir           where the embedded database and the framework cache live
 * @param httpHost          address to bind, or null for all
 * @param httpPort          HTTP port; 0 picks a free one (tests)
 * @param dbUrl             JDBC URL; by default an embedded Derby database under the data folder
 * @param dbUser            database user, or null
 * @param dbPassword        database password, or null
 * @param dbPoolSize        maximum connections in the pool
 * @param bundlesDir        core bundles, installed at start
 * @param pluginsDir        plugins, installed at start and watched while running
 * @param pluginPollInterval how often the plugin folder is looked at
 * @param demo              whether bundles load their demo data
 * @param sessionTimeout    idle time after which a UI session ends
 * @param backupDir         where online backups of the embedded database go
 */
public record PlatformSettings(Path home, Path dataDir, String httpHost, int httpPort, String dbUrl, String dbUser,
        String dbPassword, int dbPoolSize, Path bundlesDir, Path pluginsDir, Duration pluginPollInterval,
        boolean demo, Duration sessionTimeout, Path backupDir) {

    public static PlatformSettings from(Path home, Configuration config) {
        Path dataDir = home.resolve(config.get("data.dir", "data")).toAbsolutePath().normalize();
        String defaultUrl = "jdbc:derby:" + dataDir.resolve("db") + ";create=true";
        int port = config.getInt("http.port", 8080);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("setting http.port (MEKONG_HTTP_PORT) must be between 0 and 65535, not " + port);
        }
        return new PlatformSettings(home.toAbsolutePath().normalize(), dataDir, config.get("http.host").orElse(null),
                port, config.get("db.url", defaultUrl), config.get("db.user").orElse(null),
                config.get("db.password").orElse(null), config.getInt("db.pool.size", 20),
                home.resolve(config.get("bundles.dir", "bundles")).toAbsolutePath().normalize(),
                home.resolve(config.get("plugins.dir", "plugins")).toAbsolutePath().normalize(),
                config.getDuration("plugins.poll-interval", Duration.ofSeconds(1)),
                config.getBoolean("demo.enabled", false),
                config.getDuration("session.timeout", Duration.ofMinutes(30)),
                home.resolve(config.get("backup.dir", dataDir.resolve("backups").toString())).toAbsolutePath().normalize());
    }

    /** Whether the database is an embedded Derby one, which the launcher must shut down itself. */
    public boolean embeddedDerby() {
        return dbUrl.startsWith("jdbc:derby:") && !dbUrl.startsWith("jdbc:derby://");
    }
}
