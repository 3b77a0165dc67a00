package org.mekonghis.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as stored: UTC wall-clock time, so a TIMESTAMP column means the same on Derby and
 * PostgreSQL whatever the JVM's zone.
 */
final class Times {
    private Times() {
    }

    static LocalDateTime toDb(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromDb(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
