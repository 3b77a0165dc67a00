package org.mekonghis.platform.api.persistence;

import jakarta.persistence.EntityManager;

import org.mekonghis.platform.api.event.EventEnvelope;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A bundle's open database unit. Transactions start here, at the service boundary.
 */
@ProviderType
public interface Database {

    /** The unit's name. */
    String name();

    /** The product underneath (Derby or PostgreSQL). */
    DatabaseProduct product();

    /**
     * Runs {@code work} in one database transaction: committed when it returns, rolled back when
     * it throws (the exception is rethrown as is when unchecked). Events published through the
     * {@link Transaction} are stored in the same transaction and delivered after it commits.
     */
    <T> T inTransaction(TransactionalWork<T> work);

    /** Like {@link #inTransaction(TransactionalWork)} for work that returns nothing. */
    default void run(TransactionalAction action) {
        inTransaction(tx -> {
            action.run(tx);
            return null;
        });
    }

    /**
     * Runs {@code work} for an event at most once per subscriber: in one transaction it records
     * that {@code subscriberId} handled {@code event} and performs the work. When the event was
     * already handled, nothing runs and {@code false} is returned. This is what makes
     * at-least-once delivery safe for subscribers.
     */
    boolean handleOnce(String subscriberId, EventEnvelope event, TransactionalAction work);

    /** Runs read-only work with a fresh entity manager, outside a transaction. */
    <T> T read(java.util.function.Function<EntityManager, T> work);

    /** Work run inside a transaction that produces a result. */
    @FunctionalInterface
    interface TransactionalWork<T> {
        T apply(Transaction tx) throws Exception;
    }

    /** Work run inside a transaction. */
    @FunctionalInterface
    interface TransactionalAction {
        void run(Transaction tx) throws Exception;
    }
}
