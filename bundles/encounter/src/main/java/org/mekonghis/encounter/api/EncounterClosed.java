package org.mekonghis.encounter.api;

import java.time.Instant;
import java.util.List;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * An encounter was closed: an outpatient or emergency visit with its outcome (also when the
 * patient was admitted), or an inpatient discharged. Carries what billing and claims start from:
 * ids, codes, times, outcome, diagnosis codes and coverage; no names.
 *
 * @param encounterCode           the claim key (MA_LK)
 * @param type                    {@link EncounterType} name
 * @param departmentCode          the last department
 * @param outcome                 {@link EncounterOutcome} name
 * @param openedAt                arrival, or admission for an inpatient (NGAY_VAO / NGAY_VAO_NOI_TRU)
 * @param closedAt                end of the encounter (NGAY_RA)
 * @param referredToFacilityCode  the receiving facility of a referral (MA_NOI_DEN), or null
 * @param treatmentResult         {@link TreatmentResult} name for a discharged inpatient, else null
 * @param dischargeKind           {@link DischargeKind} name for a discharged inpatient, else null
 * @param primaryDiagnosisCode    the main ICD-10 code (MA_BENH_CHINH), or null when none was set
 * @param secondaryDiagnosisCodes comorbid ICD-10 codes (MA_BENH_KT), never null
 * @param coverageType            {@link CoverageType} name
 * @param insuranceRoute          {@link InsuranceRoute} name, or null for self-pay
 * @param cardNumber              the insurance card used, or null
 * @param fromEncounterId         for an inpatient, the encounter it was admitted from; else null
 * @param admittedAsEncounterId   for a visit closed by admission, the inpatient encounter; else null
 * @param departmentCodes         departments in order of stay (MA_KHOA); one for outpatients
 * @param daysOfStay              for an inpatient, the days of treatment (SO_NGAY_DTRI) by
 *                                {@link InpatientService#daysOfStay}; null otherwise
 * @since 1.0 (components from referredToFacilityCode on since 1.2)
 */
public record EncounterClosed(String encounterId, String encounterCode, String patientId, String type,
        String departmentCode, String outcome, Instant openedAt, Instant closedAt, String referredToFacilityCode,
        String treatmentResult, String dischargeKind, String primaryDiagnosisCode,
        List<String> secondaryDiagnosisCodes, String coverageType, String insuranceRoute, String cardNumber,
        String fromEncounterId, String admittedAsEncounterId, List<String> departmentCodes, Integer daysOfStay)
        implements DomainEvent {
    public static final String TOPIC = "encounter.EncounterClosed";

    public EncounterClosed {
        secondaryDiagnosisCodes = secondaryDiagnosisCodes == null ? List.of() : List.copyOf(secondaryDiagnosisCodes);
        departmentCodes = departmentCodes == null ? List.of() : List.copyOf(departmentCodes);
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
