package org.mekonghis.encounter.internal;

import java.util.regex.Pattern;

/**
 * Encounter codes: {@value #PREFIX} + the 2-digit year + a sequence of at least 7 digits, e.g.
 * {@code LK260000123}. The code becomes the claim key (MA_LK) of the visit's insurance claim, so
 * it must be unique in the facility and never handed out twice: the counter of a 2-digit year is
 * never reset, so even a century later its codes continue rather than repeat. Seven digits hold
 * the yearly visits of the largest hospitals; beyond them the code widens instead of wrapping.
 */
final class EncounterCodes {
    static final String PREFIX = "LK";
    static final int MIN_SEQUENCE_DIGITS = 7;
    static final Pattern CODE = Pattern.compile(PREFIX + "\\d{9,}");

    private EncounterCodes() {
    }

    /** The code of the {@code sequence}-th encounter opened in {@code year}. */
    static String format(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return PREFIX + String.format("%02d%0" + MIN_SEQUENCE_DIGITS + "d", year % 100, sequence);
    }

    /** The counter row of {@code year}'s codes, shared with the year a century apart. */
    static String counterKey(int year) {
        return PREFIX + String.format("%02d", year % 100);
    }
}
