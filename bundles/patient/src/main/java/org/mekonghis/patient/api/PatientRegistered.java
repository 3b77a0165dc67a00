package org.mekonghis.patient.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * A patient was registered. Carries ids and codes only, no personal data.
 *
 * @since 1.0
 */
public record PatientRegistered(String patientId, String patientCode, Instant registeredAt) implements DomainEvent {
    public static final String TOPIC = "patient.PatientRegistered";

    @Override
    public String topic() {
        return TOPIC;
    }
}
