package org.mekonghis.patient.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * A patient's record was voided. The reason stays in the registry; it may name people.
 *
 * @since 1.0
 */
public record PatientVoided(String patientId, String patientCode, Instant voidedAt) implements DomainEvent {
    public static final String TOPIC = "patient.PatientVoided";

    @Override
    public String topic() {
        return TOPIC;
    }
}
