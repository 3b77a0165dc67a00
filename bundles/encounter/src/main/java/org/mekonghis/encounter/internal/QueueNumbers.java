package org.mekonghis.encounter.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Outpatient queue numbers: 1, 2, 3... per clinic room and day (facility time). Each room and day
 * has its own counter row, so the numbers start again at 1 every morning without any job
 * resetting them, and yesterday's counters stay as a record of how many were seen. (Before clinic
 * rooms existed the counters were per department, under the prefix {@code Q:}; the room counters
 * have their own prefix so a room named like a department never continues a department's count.)
 */
final class QueueNumbers {
    static final String PREFIX = "QR:";

    private QueueNumbers() {
    }

    /** The counter row of {@code roomCode}'s queue on {@code day}, e.g. {@code QR:P101:20260315}. */
    static String counterKey(String roomCode, LocalDate day) {
        return PREFIX + roomCode + ":" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The queue number a counter value stands for. */
    static int toQueueNumber(long counterValue) {
        if (counterValue < 1 || counterValue > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("queue counter out of range: " + counterValue);
        }
        return (int) counterValue;
    }
}
