package org.mekonghis.encounter.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Outpatient queue numbers: 1, 2, 3... per department and day (facility time). Each department
 * and day has its own counter row, so the numbers start again at 1 every morning without any
 * job resetting them, and yesterday's counters stay as a record of how many were seen.
 */
final class QueueNumbers {
    static final String PREFIX = "Q:";

    private QueueNumbers() {
    }

    /** The counter row of {@code departmentCode}'s queue on {@code day}, e.g. {@code Q:KKB:20260315}. */
    static String counterKey(String departmentCode, LocalDate day) {
        return PREFIX + departmentCode + ":" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The queue number a counter value stands for. */
    static int toQueueNumber(long counterValue) {
        if (counterValue < 1 || counterValue > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("queue counter out of range: " + counterValue);
        }
        return (int) counterValue;
    }
}
