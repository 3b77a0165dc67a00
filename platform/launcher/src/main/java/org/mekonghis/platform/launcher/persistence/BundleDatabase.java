package org.mekonghis.platform.launcher.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.mekonghis.platform.api.event.DomainEvent;
import org.mekonghis.platform.api.event.EventEnvelope;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.DatabaseProduct;
import org.mekonghis.platform.api.persistence.PersistenceException;
import org.mekonghis.platform.api.persistence.Transaction;
import org.mekonghis.platform.launcher.event.Outbox;

/** One open unit of one bundle. */
final class BundleDatabase implements Database {

    private final String name;
    private final String source;
    private final DatabaseProduct product;
    private final EntityManagerFactory emf;
    private final Outbox outbox;
    private final Runnable eventsCommitted;

    BundleDatabase(String name, String source, DatabaseProduct product, EntityManagerFactory emf, Outbox outbox,
            Runnable eventsCommitted) {
        this.name = name;
        this.source = source;
        this.product = product;
        this.emf = emf;
        this.outbox = outbox;
        this.eventsCommitted = eventsCommitted;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DatabaseProduct product() {
        return product;
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        if (!emf.isOpen()) {
            throw new PersistenceException("HIS-0103", "unit " + name + " is closed (its bundle stopped)", null);
        }
        EntityManager em = emf.createEntityManager();
        EntityTransaction et = em.getTransaction();
        TransactionImpl tx = new TransactionImpl(em);
        try {
            et.begin();
            T result = work.apply(tx);
            et.commit();
            if (tx.published) {
                eventsCommitted.run();
            }
            return result;
        } catch (RuntimeException e) {
            rollbackQuietly(et, e);
            throw e;
        } catch (Exception e) {
            rollbackQuietly(et, e);
            throw new PersistenceException("HIS-0104", "transaction of unit " + name + " failed: " + e.getMessage(), e);
        } finally {
            tx.open = false;
            em.close();
        }
    }

    @Override
    public boolean handleOnce(String subscriberId, EventEnvelope event, TransactionalAction work) {
        return inTransaction(tx -> {
            if (!outbox.markHandled(((TransactionImpl) tx).connection(), subscriberId, event.id())) {
                return false;
            }
            work.run(tx);
            return true;
        });
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

    void close() {
        if (emf.isOpen()) {
            emf.close();
        }
    }

    private static void rollbackQuietly(EntityTransaction et, Exception cause) {
        try {
            if (et.isActive()) {
                et.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private final class TransactionImpl implements Transaction {
        private final EntityManager em;
        private boolean published;
        private boolean open = true;

        TransactionImpl(EntityManager em) {
            this.em = em;
        }

        @Override
        public EntityManager em() {
            checkOpen();
            return em;
        }

        @Override
        public String publish(DomainEvent event) {
            checkOpen();
            try {
                String id = outbox.append(connection(), source, event);
                published = true;
                return id;
            } catch (SQLException e) {
                throw new PersistenceException("HIS-0105", "event " + event.topic() + " could not be stored: " + e.getMessage(), e);
            }
        }

        /** The JDBC connection of this transaction; EclipseLink begins its transaction early to hand it out. */
        Connection connection() {
            Connection c = em.unwrap(Connection.class);
            if (c == null) {
                throw new IllegalStateException("HIS-0106: no connection bound to the transaction of unit " + name);
            }
            return c;
        }

        private void checkOpen() {
            if (!open) {
                throw new IllegalStateException("HIS-0107: transaction of unit " + name + " is over");
            }
        }
    }
}
