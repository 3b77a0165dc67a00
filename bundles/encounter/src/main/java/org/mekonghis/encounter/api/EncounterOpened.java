package org.mekonghis.encounter.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * An encounter was opened. Carries ids, codes and times only, no personal data.
 *
 * @param type        {@link EncounterType} name
 * @param queueNumber null for emergency visits
 * @since 1.0
 */
public record EncounterOpened(String encounterId, String encounterCode, String patientId, String type,
        String departmentCode, Integer queueNumber, Instant openedAt) implements DomainEvent {
    public static final String TOPIC = "encounter.EncounterOpened";

    @Override
    public String topic() {
        return TOPIC;
    }
}
