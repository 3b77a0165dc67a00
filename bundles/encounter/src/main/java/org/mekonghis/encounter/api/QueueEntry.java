package org.mekonghis.encounter.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One patient in a clinic room's queue of a day ({@link EncounterService#roomQueue}). Carries ids
 * only: names come from the patient registry.
 *
 * @param queueNumber   from 1, the order of check-in
 * @param status        where the patient stands
 * @param coverageType  who pays, for the desk's colour coding
 * @param checkedInAt   when the encounter was opened
 * @param calledAt      null while waiting
 * @param finishedAt    null until the consultation is finished
 * @param encounterOpen whether the encounter is still open (a finished consultation may stay open for
 *                      results or billing; a visit closed before the call shows as not open)
 * @since 1.2
 */
public record QueueEntry(String encounterId, String encounterCode, String patientId, String roomCode,
        LocalDate queueDate, int queueNumber, QueueStatus status, CoverageType coverageType, Instant checkedInAt,
        Instant calledAt, Instant finishedAt, boolean encounterOpen) {
}
