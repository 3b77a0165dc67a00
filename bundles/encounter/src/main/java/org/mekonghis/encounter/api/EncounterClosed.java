package org.mekonghis.encounter.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * An encounter was closed. Carries ids, codes, times and the outcome only, no personal data.
 *
 * @param type    {@link EncounterType} name
 * @param outcome {@link EncounterOutcome} name
 * @since 1.0
 */
public record EncounterClosed(String encounterId, String encounterCode, String patientId, String type,
        String departmentCode, String outcome, Instant openedAt, Instant closedAt) implements DomainEvent {
    public static final String TOPIC = "encounter.EncounterClosed";

    @Override
    public String topic() {
        return TOPIC;
    }
}
