package org.mekonghis.patient.api;

/**
 * Whether a known patient's record is in use or voided; see {@link PatientService#status(String)}.
 *
 * @since 1.1
 */
public enum PatientStatus {
    /** The record is in use. */
    ACTIVE,
    /** The record is voided: kept, but no longer changed or used for new care. */
    VOIDED
}
