package org.mekonghis.encounter.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A snapshot of an encounter; later changes do not show in it.
 *
 * @param id          internal id, what other modules store
 * @param code        the encounter code, e.g. {@code LK260000123}: unique in the facility, never reused; the
 *                    claim key (MA_LK) of the visit
 * @param queueNumber the outpatient queue number in the department on {@code queueDate}, from 1; null for
 *                    emergency visits
 * @param queueDate   the day (facility time) the queue number belongs to; null for emergency visits
 * @param outcome     null while open
 * @param closedAt    null while open
 * @since 1.0
 */
public record EncounterDto(String id, String code, String patientId, EncounterType type, String departmentCode,
        Integer queueNumber, LocalDate queueDate, String reason, EncounterStatus status, EncounterOutcome outcome,
        Instant openedAt, Instant closedAt) {
}
