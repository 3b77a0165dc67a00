package org.mekonghis.patient.api;

import java.time.Instant;
import java.util.List;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * A patient's demographics changed.
 *
 * @param fields the names of the changed fields (e.g. {@code phone}), never their values
 * @since 1.0
 */
public record PatientUpdated(String patientId, String patientCode, List<String> fields, Instant updatedAt)
        implements DomainEvent {
    public static final String TOPIC = "patient.PatientUpdated";

    public PatientUpdated {
        fields = List.copyOf(fields);
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
