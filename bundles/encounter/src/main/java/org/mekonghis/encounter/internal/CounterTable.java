package org.mekonghis.encounter.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.mekonghis.platform.api.persistence.Database;

/**
 * Named counters in {@code enc_counter}, one row each. A value is taken with an {@code UPDATE}
 * in the caller's transaction: the row lock makes concurrent takers wait for each other on Derby
 * and PostgreSQL alike, and a rolled-back transaction gives its value back rather than leaving a
 * gap someone else could fill later.
 */
final class CounterTable {
    private final Database database;
    private final Set<String> knownCounters = ConcurrentHashMap.newKeySet();

    CounterTable(Database database) {
        this.database = database;
    }

    /**
     * Creates the counter row {@code key} unless it exists, in a transaction of its own, so the
     * caller's transaction only has to increment it. Call before that transaction.
     */
    void ensure(String key) {
        if (knownCounters.contains(key)) {
            return;
        }
        if (!exists(key)) {
            try {
                database.run(tx -> tx.em().createNativeQuery(
                        "INSERT INTO enc_counter (counter_key, last_value) VALUES (?1, 0)")
                        .setParameter(1, key).executeUpdate());
            } catch (RuntimeException e) {
                // another node or thread created it at the same moment; anything else shows below
                if (!exists(key)) {
                    throw e;
                }
            }
        }
        knownCounters.add(key);
    }

    private boolean exists(String key) {
        return database.read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM enc_counter WHERE counter_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue() > 0);
    }

    /**
     * The next value of counter {@code key}, from 1, taken in the transaction of {@code em}; the
     * row stays locked until that transaction ends. The counter must exist ({@link #ensure}).
     */
    long next(EntityManager em, String key) {
        int updated = em.createNativeQuery("UPDATE enc_counter SET last_value = last_value + 1 WHERE counter_key = ?1")
                .setParameter(1, key).executeUpdate();
        if (updated != 1) {
            knownCounters.remove(key);
            throw new IllegalStateException("ENC-0100: counter " + key + " is missing");
        }
        return ((Number) em.createNativeQuery("SELECT last_value FROM enc_counter WHERE counter_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
    }
}
