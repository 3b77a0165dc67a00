package org.mekonghis.platform.ui.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * Times as the hospital reads them: in Vietnam's time zone, day first ({@code dd/MM/yyyy}),
 * whatever the server's zone and the user's language.
 */
public final class VietnamTime {

    /** Vietnam's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A date, e.g. {@code 05/03/2025}. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    /** A date with hours and minutes, e.g. {@code 05/03/2025 14:30}. */
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    /** A date with the time to the second, e.g. {@code 05/03/2025 14:30:05}. */
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private VietnamTime() {
    }

    /** Today's date in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The first instant of {@code date} in Vietnam. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    /**
     * {@code value} (an instant or another date-time, or its ISO text) formatted with {@code format};
     * anything else as its text. A local date-time is taken to be Vietnam time already.
     */
    public static String format(Object value, DateTimeFormatter format) {
        if (value == null) {
            return "";
        }
        TemporalAccessor time = switch (value) {
            case Instant instant -> instant;
            case ZonedDateTime zoned -> zoned.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case LocalDateTime local -> local.atZone(ZONE).toInstant();
            case Date date -> date.toInstant();
            case String text -> parse(text);
            default -> null;
        };
        return time == null ? value.toString() : format.format(time);
    }

    private static Instant parse(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notAnOffsetTime) {
                return null;
            }
        }
    }
}
