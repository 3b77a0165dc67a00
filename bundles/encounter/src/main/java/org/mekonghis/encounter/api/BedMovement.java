package org.mekonghis.encounter.api;

import java.time.Instant;

/**
 * One stay of an inpatient in one bed of one department: the admission starts the first, every
 * transfer ends one and starts the next, the discharge ends the last. Bed-days are billed from them.
 *
 * @param from   when the patient came to the bed
 * @param to     when the patient left it; null for the current bed
 * @param reason the reason for admission or for the transfer that started it
 * @since 1.2
 */
public record BedMovement(String departmentCode, String wardCode, String bedCode, Instant from, Instant to,
        String reason) {
}
