package org.mekonghis.patient.api;

/**
 * Whether a known patient's record is in use, voided or merged into another; see
 * {@link PatientService#status(String)}.
 *
 * @since 1.1 (MERGED since 1.2)
 */
public enum PatientStatus {
    /** The record is in use. */
    ACTIVE,
    /** The record is voided: kept, but no longer changed or used for new care. */
    VOIDED,
    /**
     * The record was merged into another ({@link PatientDto#mergedIntoId()}): kept with its history,
     * but no longer changed or used for new care; use the record it was merged into.
     *
     * @since 1.2
     */
    MERGED
}
