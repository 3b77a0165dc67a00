package org.mekonghis.platform.launcher.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.persistence.DatabaseProduct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backup of the embedded Derby database: Derby copies a consistent image of the running
 * database into a new folder under the backup directory while the HIS keeps serving. PostgreSQL
 * installations back up with pg_dump instead.
 */
public final class DatabaseBackup {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private final DataSource dataSource;
    private final DatabaseProduct product;
    private final Path backupDir;

    public DatabaseBackup(DataSource dataSource, DatabaseProduct product, Path backupDir) {
        this.dataSource = dataSource;
        this.product = product;
        this.backupDir = backupDir;
    }

    /**
     * Backs the database up into {@code <backup dir>/<timestamp>/}.
     *
     * @return the folder holding the backup (Derby writes the database folder {@code db} inside it)
     */
    public synchronized Path run() {
        if (product != DatabaseProduct.DERBY) {
            throw new MekongException("HIS-0160", 409, "error.backup.notDerby",
                    "online backup is for the embedded Derby database; back PostgreSQL up with pg_dump");
        }
        Path target = backupDir.resolve(LocalDateTime.now().format(STAMP));
        long started = System.nanoTime();
        try {
            Files.createDirectories(target);
            try (Connection c = dataSource.getConnection();
                    CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toString());
                call.execute();
            }
        } catch (IOException | SQLException e) {
            throw new MekongException("HIS-0161", 500, "error.backup.failed", "backup into " + target + " failed: "
                    + e.getMessage(), e);
        }
        LOG.info("Database backed up into {} in {} ms", target, (System.nanoTime() - started) / 1_000_000);
        return target;
    }
}
