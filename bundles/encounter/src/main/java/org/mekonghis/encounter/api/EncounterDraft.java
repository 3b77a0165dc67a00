package org.mekonghis.encounter.api;

/**
 * What reception enters to open an encounter. Any component may be null; the service refuses
 * what is missing or invalid.
 *
 * @param patientId      the patient's internal id
 * @param type           outpatient or emergency
 * @param departmentCode one of {@link EncounterService#departments()}
 * @param reason         the reason for the visit as told at reception, at most
 *                       {@value EncounterService#REASON_MAX_LENGTH} characters
 * @since 1.0
 */
public record EncounterDraft(String patientId, EncounterType type, String departmentCode, String reason) {
}
