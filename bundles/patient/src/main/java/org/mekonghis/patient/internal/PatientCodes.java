package org.mekonghis.patient.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.mekonghis.platform.api.persistence.Database;

/**
 * Hands out patient codes: {@value #PREFIX} + the 2-digit year + a sequence of at least 6
 * digits, e.g. {@code BN26000123}. The sequence comes from a counter row per 2-digit year,
 * incremented in the registering transaction; its row lock makes concurrent registrations wait
 * for each other, on Derby and PostgreSQL alike. The counter of a 2-digit year is never reset, so
 * a code is not handed out again even a century later.
 */
final class PatientCodes {
    static final String PREFIX = "BN";
    static final int MIN_SEQUENCE_DIGITS = 6;
    static final Pattern CODE = Pattern.compile(PREFIX + "\\d{8,}");

    private final Database database;
    private final Set<String> knownCounters = ConcurrentHashMap.newKeySet();

    PatientCodes(Database database) {
        this.database = database;
    }

    /** The code for the {@code sequence}-th patient registered in {@code year}. */
    static String format(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return PREFIX + String.format("%02d%0" + MIN_SEQUENCE_DIGITS + "d", year % 100, sequence);
    }

    static String counterKey(int year) {
        return PREFIX + String.format("%02d", year % 100);
    }

    /**
     * Creates the counter row of {@code year} unless it exists, in a transaction of its own, so
     * the registering transaction only has to increment it. Call before that transaction.
     */
    void ensureCounter(int year) {
        String key = counterKey(year);
        if (knownCounters.contains(key)) {
            return;
        }
        if (!counterExists(key)) {
            try {
                database.run(tx -> tx.em().createNativeQuery(
                        "INSERT INTO pat_code_counter (counter_key, last_value) VALUES (?1, 0)")
                        .setParameter(1, key).executeUpdate());
            } catch (RuntimeException e) {
                // another node or thread created it at the same moment; anything else shows below
                if (!counterExists(key)) {
                    throw e;
                }
            }
        }
        knownCounters.add(key);
    }

    private boolean counterExists(String key) {
        return database.read(em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM pat_code_counter WHERE counter_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue() > 0);
    }

    /** The next code of {@code year}, taken in the transaction of {@code em}; its counter must exist. */
    String next(EntityManager em, int year) {
        String key = counterKey(year);
        int updated = em.createNativeQuery(
                "UPDATE pat_code_counter SET last_value = last_value + 1 WHERE counter_key = ?1")
                .setParameter(1, key).executeUpdate();
        if (updated != 1) {
            knownCounters.remove(key);
            throw new IllegalStateException("PAT-0100: patient-code counter " + key + " is missing");
        }
        long value = ((Number) em.createNativeQuery("SELECT last_value FROM pat_code_counter WHERE counter_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
        return format(year, value);
    }
}
