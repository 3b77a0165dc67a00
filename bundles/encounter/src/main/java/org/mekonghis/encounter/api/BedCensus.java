package org.mekonghis.encounter.api;

import java.time.Instant;

/**
 * One bed of a department's census ({@link InpatientService#census}).
 *
 * @param occupied    whether a patient holds the bed (also while on leave)
 * @param encounterId the inpatient encounter holding the bed, or null
 * @param patientId   its patient, or null
 * @param admittedAt  when that patient was admitted (not when moved into this bed), or null
 * @param daysOfStay  days of treatment so far by {@link InpatientService#daysOfStay}; 0 for a free bed
 * @param onLeave     whether the patient is on leave of absence
 * @since 1.2
 */
public record BedCensus(String bedCode, String wardCode, boolean occupied, String encounterId, String patientId,
        Instant admittedAt, int daysOfStay, boolean onLeave) {
}
