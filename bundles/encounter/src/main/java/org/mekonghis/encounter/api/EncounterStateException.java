package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * The encounter is not in a state that allows the request; nothing was changed. REST answers 409.
 * {@link #reason()} tells which rule refused it.
 *
 * @since 1.2
 */
public class EncounterStateException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a request the encounter's state does not allow. */
    public static final String CODE = "ENC-0010";

    /** Which rule refused the request. */
    public enum Reason {
        /** An inpatient encounter is closed only by discharge. */
        DISCHARGE_REQUIRED,
        /** The encounter has no place in a room queue (emergency or inpatient). */
        NOT_QUEUED,
        /** A consultation can only start for a patient who is waiting. */
        NOT_WAITING,
        /** A consultation can only be finished once it has started. */
        NOT_IN_PROGRESS,
        /** The inpatient is already on leave. */
        ON_LEAVE,
        /** The inpatient is not on leave. */
        NOT_ON_LEAVE
    }

    private final Reason reason;

    public EncounterStateException(Reason reason, String encounterId, String encounterCode) {
        super(CODE, 409, "encounter.error.state." + reason.name(), "encounter " + encounterCode + " (id "
                + encounterId + ") refused: " + reason, encounterCode);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
