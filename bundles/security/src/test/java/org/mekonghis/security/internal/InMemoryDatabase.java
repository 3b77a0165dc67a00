package org.mekonghis.security.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.mekonghis.platform.api.event.DomainEvent;
import org.mekonghis.platform.api.event.EventEnvelope;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.DatabaseProduct;
import org.mekonghis.platform.api.persistence.Transaction;

/**
 * A {@link Database} over a fresh in-memory Derby database migrated with the bundle's real
 * changelog and mapped with the real entities, standing in for the platform in unit tests.
 */
final class InMemoryDatabase implements Database, AutoCloseable {
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private final String url;
    private final EntityManagerFactory emf;

    private InMemoryDatabase(String url, EntityManagerFactory emf) {
        this.url = url;
        this.emf = emf;
    }

    static InMemoryDatabase create() {
        String url = "jdbc:derby:memory:sec" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url + ";create=true")) {
            liquibase.database.Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(InMemoryDatabase.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, SecurityStore.CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } catch (Exception e) {
            throw new IllegalStateException("migration failed: " + e.getMessage(), e);
        }
        return new InMemoryDatabase(url,
                Persistence.createEntityManagerFactory("security-test", Map.of("jakarta.persistence.jdbc.url", url)));
    }

    /** Runs one number-returning SQL query, bypassing JPA. */
    long count(String sql) {
        return read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Override
    public String name() {
        return SecurityStore.UNIT;
    }

    @Override
    public DatabaseProduct product() {
        return DatabaseProduct.DERBY;
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction et = em.getTransaction();
        Transaction tx = new Transaction() {
            @Override
            public EntityManager em() {
                return em;
            }

            @Override
            public String publish(DomainEvent event) {
                throw new UnsupportedOperationException("the security module publishes no events");
            }
        };
        try {
            et.begin();
            T result = work.apply(tx);
            et.commit();
            return result;
        } catch (RuntimeException e) {
            if (et.isActive()) {
                et.rollback();
            }
            throw e;
        } catch (Exception e) {
            if (et.isActive()) {
                et.rollback();
            }
            throw new IllegalStateException(e);
        } finally {
            em.close();
        }
    }

    @Override
    public boolean handleOnce(String subscriberId, EventEnvelope event, TransactionalAction work) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped database with an exception (SQL state 08006).
        }
    }
}
