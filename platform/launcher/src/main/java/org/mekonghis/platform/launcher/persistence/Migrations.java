package org.mekonghis.platform.launcher.persistence;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.mekonghis.platform.api.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies a Liquibase changelog found through a class loader (a bundle's, or the host's). */
public final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    static {
        // Liquibase must never try to reach the network from a hospital server.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.secureParsing", "true");
        System.setProperty("liquibase.showSummaryOutput", "log");
    }

    private Migrations() {
    }

    public static void apply(DataSource dataSource, ClassLoader loader, String changelog, String unitName) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (database instanceof DerbyDatabase derby) {
                // By default Liquibase shuts the embedded Derby down when it closes, which would cut
                // every other bundle's connections.
                derby.setShutdownEmbeddedDerby(false);
            }
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader),
                    Scope.Attr.classLoader.name(), Migrations.class.getClassLoader(),
                    // Progress goes to the log, not to standard output.
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .execute());
            LOG.info("Schema of {} up to date ({} ms)", unitName, (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            throw new PersistenceException("HIS-0101", "migration of unit " + unitName + " with " + changelog
                    + " failed: " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
