package org.mekonghis.encounter.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A snapshot of an encounter; later changes do not show in it.
 *
 * @param id                     internal id, what other modules store
 * @param code                   the encounter code, e.g. {@code LK260000123}: unique in the facility, never
 *                               reused; the claim key (MA_LK) of the visit
 * @param patientId              the patient's internal id (the survivor's, once merged records were re-pointed)
 * @param departmentCode         the department; for an inpatient the current one (the last one once discharged)
 * @param queueNumber            the outpatient queue number in the room on {@code queueDate}, from 1; null for
 *                               emergency and inpatient encounters
 * @param queueDate              the day (facility time) the queue number belongs to; null without queue number
 * @param reason                 the reason for the visit (LY_DO_VV), for an inpatient the reason for admission
 *                               (LY_DO_VNT)
 * @param outcome                null while open
 * @param openedAt               arrival, for an inpatient the admission (NGAY_VAO_NOI_TRU)
 * @param closedAt               null while open (NGAY_RA)
 * @param roomCode               the clinic room (see {@link DepartmentService#rooms}); null without one
 * @param queueStatus            null without queue number
 * @param calledAt               when the doctor called the patient in; null before
 * @param consultationFinishedAt when the consultation was finished; null before
 * @param coverage               who pays, with the snapshot of the insurance card used; never null
 * @param primaryDiagnosis       the main diagnosis (MA_BENH_CHINH), or null before one is set
 * @param secondaryDiagnoses     comorbidities (MA_BENH_KT) in the order given, at most
 *                               {@value EncounterService#SECONDARY_DIAGNOSES_MAX}; never null
 * @param closing                how an outpatient or emergency visit was closed; null while open and for
 *                               inpatients
 * @param discharge              how an inpatient was discharged; null otherwise
 * @param fromEncounterId        for an inpatient, the outpatient or emergency encounter it was admitted from
 * @param admittedAsEncounterId  for a visit closed as {@link EncounterOutcome#ADMITTED}, the inpatient
 *                               encounter it led to
 * @param wardCode               for an inpatient, the current ward (the last one once discharged)
 * @param bedCode                for an inpatient, the current bed (the last one once discharged)
 * @param onLeaveUntil           for an inpatient on leave of absence, the day the leave ends; null otherwise
 * @param originalPatientId      the patient id the encounter was opened for when it was re-pointed to the
 *                               surviving record of a merge; null otherwise
 * @since 1.0 (components from roomCode on since 1.2)
 */
public record EncounterDto(String id, String code, String patientId, EncounterType type, String departmentCode,
        Integer queueNumber, LocalDate queueDate, String reason, EncounterStatus status, EncounterOutcome outcome,
        Instant openedAt, Instant closedAt, String roomCode, QueueStatus queueStatus, Instant calledAt,
        Instant consultationFinishedAt, Coverage coverage, Diagnosis primaryDiagnosis,
        List<Diagnosis> secondaryDiagnoses, Closing closing, Discharge discharge, String fromEncounterId,
        String admittedAsEncounterId, String wardCode, String bedCode, LocalDate onLeaveUntil,
        String originalPatientId) {

    public EncounterDto {
        secondaryDiagnoses = secondaryDiagnoses == null ? List.of() : List.copyOf(secondaryDiagnoses);
    }
}
