package org.mekonghis.encounter.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * An inpatient moved to another bed, in the same or another department. The bed stay that ended
 * and the one that began are in {@link InpatientService#stay}. No names.
 *
 * @since 1.2
 */
public record PatientTransferred(String encounterId, String encounterCode, String patientId,
        String fromDepartmentCode, String fromWardCode, String fromBedCode, String toDepartmentCode,
        String toWardCode, String toBedCode, Instant transferredAt) implements DomainEvent {
    public static final String TOPIC = "encounter.PatientTransferred";

    @Override
    public String topic() {
        return TOPIC;
    }
}
