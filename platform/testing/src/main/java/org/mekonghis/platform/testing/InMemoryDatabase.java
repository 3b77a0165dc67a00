package org.mekonghis.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
 * A {@link Database} over a fresh in-memory Derby database, migrated with a bundle's real
 * Liquibase changelog and mapped with its real entities through a test {@code persistence.xml},
 * standing in for the platform in a bundle's unit tests. Events published in a transaction are
 * kept only when it commits, as the platform's outbox does; {@link #handleOnce} hands each event
 * to each subscriber once. Closing drops the database.
 */
public class InMemoryDatabase implements Database, AutoCloseable {
    /** Held so the level sticks: Liquibase reports every step through java.util.logging. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private final String name;
    private final String url;
    private final EntityManagerFactory emf;
    private final List<DomainEvent> committedEvents = new CopyOnWriteArrayList<>();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();

    /**
     * Creates and migrates the database.
     *
     * @param name the persistence unit name the bundle's code asks for, answered by {@link #name()}
     * @param persistenceUnit the persistence unit of the test {@code persistence.xml}
     * @param changelog the class path resource of the bundle's Liquibase changelog
     */
    protected InMemoryDatabase(String name, String persistenceUnit, String changelog) {
        this.name = name;
        this.url = "jdbc:derby:memory:test" + UUID.randomUUID().toString().replace("-", "");
        migrate(url + ";create=true", changelog);
        this.emf = Persistence.createEntityManagerFactory(persistenceUnit, Map.of("jakarta.persistence.jdbc.url", url));
    }

    /** A new database; see {@link #InMemoryDatabase(String, String, String)} for the arguments. */
    public static InMemoryDatabase create(String name, String persistenceUnit, String changelog) {
        return new InMemoryDatabase(name, persistenceUnit, changelog);
    }

    private static void migrate(String url, String changelog) {
        try (Connection connection = DriverManager.getConnection(url)) {
            liquibase.database.Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(classLoader()),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } catch (Exception e) {
            throw new IllegalStateException("migration failed: " + e.getMessage(), e);
        }
    }

    /** The loader the test's resources come from, as JPA finds {@code persistence.xml} with it. */
    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : InMemoryDatabase.class.getClassLoader();
    }

    /**
     * Deletes every row of the named entities, in the order given and in one transaction, and
     * forgets committed events and handled deliveries, so one migrated database serves a whole
     * test class.
     */
    public void reset(String... entities) {
        run(tx -> {
            for (String entity : entities) {
                tx.em().createQuery("DELETE FROM " + entity).executeUpdate();
            }
        });
        committedEvents.clear();
        handled.clear();
    }

    /** The events of committed transactions, in publishing order. */
    public List<DomainEvent> committedEvents() {
        return List.copyOf(committedEvents);
    }

    /** Runs one number-returning SQL query, bypassing JPA. */
    public long count(String sql) {
        return read(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** Counts the rows of a table with plain SQL, bypassing JPA. */
    public long rows(String table) {
        return count("SELECT COUNT(*) FROM " + table);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DatabaseProduct product() {
        return DatabaseProduct.DERBY;
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
        try {
            DriverManager.getConnection(url + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped database with an exception (SQL state 08006).
        }
    }
}
