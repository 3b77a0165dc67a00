package org.mekonghis.encounter.api;

/**
 * What a doctor enters to admit a patient ({@link InpatientService#admit}).
 *
 * @param fromEncounterId the open outpatient or emergency encounter the patient is admitted from
 * @param departmentCode  the admitting department
 * @param bedCode         a free active bed of a ward of that department
 * @param reason          the reason for admission (LY_DO_VNT), at most {@value EncounterService#REASON_MAX_LENGTH}
 *                        characters
 * @since 1.2
 */
public record AdmissionDraft(String fromEncounterId, String departmentCode, String bedCode, String reason) {
}
