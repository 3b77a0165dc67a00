package org.mekonghis.encounter.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * An encounter was opened: a check-in, an emergency registration or an admission (which also
 * publishes {@link PatientAdmitted}). Carries ids, codes, times and the coverage, no names.
 *
 * @param encounterCode   the claim key (MA_LK)
 * @param type            {@link EncounterType} name
 * @param queueNumber     null for emergency and inpatient encounters
 * @param roomCode        the clinic room, or null
 * @param coverageType    {@link CoverageType} name
 * @param insuranceRoute  {@link InsuranceRoute} name, or null for self-pay
 * @param cardNumber      the insurance card used, or null for self-pay
 * @param fromEncounterId for an admission, the encounter the patient was admitted from; null otherwise
 * @since 1.0 (components from roomCode on since 1.2)
 */
public record EncounterOpened(String encounterId, String encounterCode, String patientId, String type,
        String departmentCode, Integer queueNumber, Instant openedAt, String roomCode, String coverageType,
        String insuranceRoute, String cardNumber, String fromEncounterId) implements DomainEvent {
    public static final String TOPIC = "encounter.EncounterOpened";

    @Override
    public String topic() {
        return TOPIC;
    }
}
