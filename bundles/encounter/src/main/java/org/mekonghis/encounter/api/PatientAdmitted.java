package org.mekonghis.encounter.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * A patient was admitted: an inpatient encounter was opened in a bed, and the encounter the patient
 * came from was closed as {@link EncounterOutcome#ADMITTED} (its {@link EncounterClosed} and the
 * new encounter's {@link EncounterOpened} are published in the same transaction). No names.
 *
 * @param encounterId       the new inpatient encounter
 * @param encounterCode     its code (MA_LK of the inpatient episode)
 * @param fromEncounterId   the outpatient or emergency encounter admitted from
 * @param fromEncounterCode its code
 * @param admittedAt        NGAY_VAO_NOI_TRU
 * @param coverageType      {@link CoverageType} name, taken over from the encounter admitted from
 * @param insuranceRoute    {@link InsuranceRoute} name, or null
 * @param cardNumber        the insurance card used, or null
 * @since 1.2
 */
public record PatientAdmitted(String encounterId, String encounterCode, String patientId, String fromEncounterId,
        String fromEncounterCode, String departmentCode, String wardCode, String bedCode, Instant admittedAt,
        String coverageType, String insuranceRoute, String cardNumber) implements DomainEvent {
    public static final String TOPIC = "encounter.PatientAdmitted";

    @Override
    public String topic() {
        return TOPIC;
    }
}
