package org.mekonghis.clinical.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as Vietnamese staff read them, whatever the language: {@code dd/MM/yyyy} and
 * {@code HH:mm}, in the facility's time zone.
 */
public final class Formats {
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ZoneId zone;

    public Formats(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The day in the facility's time zone at {@code instant}. */
    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** The date of birth when known, else the year. */
    public String birth(LocalDate birthDate, int birthYear) {
        return birthDate != null ? date(birthDate) : Integer.toString(birthYear);
    }
}
