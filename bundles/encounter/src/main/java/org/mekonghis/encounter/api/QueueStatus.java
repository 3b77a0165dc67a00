package org.mekonghis.encounter.api;

/**
 * Where an outpatient stands in the queue of the clinic room.
 *
 * @since 1.2
 */
public enum QueueStatus {
    /** Checked in, waiting to be called. */
    WAITING,
    /** Called in by the doctor; the consultation is going on. */
    IN_PROGRESS,
    /** The consultation is finished; the encounter may stay open for results or billing. */
    DONE
}
