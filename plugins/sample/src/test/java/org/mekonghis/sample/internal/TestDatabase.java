package org.mekonghis.sample.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * A {@link Database} over a throwaway database (in-memory Derby, or a fresh schema of a
 * PostgreSQL server), migrated with the bundle's real changelog and mapped with the real
 * entities, standing in for the platform in unit tests. Events published in a transaction are
 * kept only when it commits, as the platform's outbox does.
 */
final class TestDatabase implements Database, AutoCloseable {
    /** Held so the level sticks: Liquibase reports every step through java.util.logging. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private final DatabaseProduct product;
    private final Runnable drop;
    private final EntityManagerFactory emf;
    private final List<DomainEvent> committedEvents = new CopyOnWriteArrayList<>();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();

    private TestDatabase(DatabaseProduct product, Runnable drop, EntityManagerFactory emf) {
        this.product = product;
        this.drop = drop;
        this.emf = emf;
    }

    /** A new in-memory Derby database. */
    static TestDatabase create() {
        String url = "jdbc:derby:memory:smp" + UUID.randomUUID().toString().replace("-", "");
        migrate(url + ";create=true", null, null);
        return new TestDatabase(DatabaseProduct.DERBY, () -> {
            try {
                DriverManager.getConnection(url + ";drop=true").close();
            } catch (SQLException expected) {
                // Derby reports a dropped database with an exception (SQL state 08006).
            }
        }, Persistence.createEntityManagerFactory("sample-test", Map.of("jakarta.persistence.jdbc.url", url)));
    }

    private static void migrate(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            liquibase.database.Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(TestDatabase.class.getClassLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, SampleDatabase.CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } catch (Exception e) {
            throw new IllegalStateException("migration failed: " + e.getMessage(), e);
        }
    }

    /** Empties the tables and forgets events, so one migrated database serves a whole test class. */
    void reset() {
        run(tx -> {
            tx.em().createQuery("DELETE FROM Activity").executeUpdate();
            tx.em().createQuery("DELETE FROM Notice").executeUpdate();
        });
        committedEvents.clear();
        handled.clear();
    }

    /** The events of committed transactions, in publishing order. */
    List<DomainEvent> committedEvents() {
        return List.copyOf(committedEvents);
    }

    /** Counts the rows of a table with plain SQL, bypassing JPA. */
    long rows(String table) {
        return read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue());
    }

    @Override
    public String name() {
        return SampleDatabase.UNIT;
    }

    @Override
    public DatabaseProduct product() {
        return product;
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction et = em.getTransaction();
        List<DomainEvent> published = new ArrayList<>();
        Transaction tx = new Transaction() {
            @Override
            public EntityManager em() {
                return em;
            }

            @Override
            public String publish(DomainEvent event) {
                published.add(event);
                return UUID.randomUUID().toString();
            }
        };
        try {
            et.begin();
            T result = work.apply(tx);
            et.commit();
            committedEvents.addAll(published);
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
        String key = subscriberId + "/" + event.id();
        if (handled.contains(key)) {
            return false;
        }
        run(work);
        handled.add(key);
        return true;
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
        drop.run();
    }
}
