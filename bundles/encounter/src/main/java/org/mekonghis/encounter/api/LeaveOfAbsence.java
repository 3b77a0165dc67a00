package org.mekonghis.encounter.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A leave of absence of an inpatient (nghỉ phép): the patient goes home for a while, the bed stays
 * reserved.
 *
 * @param from       when the leave began
 * @param until      the last day of leave granted
 * @param returnedAt when the patient came back (or was discharged); null while on leave
 * @since 1.2
 */
public record LeaveOfAbsence(Instant from, LocalDate until, Instant returnedAt, String reason) {
}
