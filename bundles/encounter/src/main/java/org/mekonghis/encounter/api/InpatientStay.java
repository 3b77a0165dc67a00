package org.mekonghis.encounter.api;

import java.util.List;

/**
 * An inpatient encounter with its movement and leave history.
 *
 * @param encounter  the encounter
 * @param movements  beds and departments in order, the current one last
 * @param leaves     leaves of absence in order, the current one last
 * @param daysOfStay days of treatment so far, or in total once discharged, counted by
 *                   {@link InpatientService#daysOfStay}
 * @since 1.2
 */
public record InpatientStay(EncounterDto encounter, List<BedMovement> movements, List<LeaveOfAbsence> leaves,
        int daysOfStay) {

    public InpatientStay {
        movements = List.copyOf(movements);
        leaves = List.copyOf(leaves);
    }
}
