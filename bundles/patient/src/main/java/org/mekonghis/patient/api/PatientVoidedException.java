package org.mekonghis.patient.api;

import org.mekonghis.platform.api.MekongException;

/**
 * The patient's record is voided and cannot be changed. REST answers 409.
 *
 * @since 1.0
 */
public class PatientVoidedException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a change to a voided record. */
    public static final String CODE = "PAT-0004";

    public PatientVoidedException(String patientId) {
        super(CODE, 409, "patient.error.voided", "patient " + patientId + " is voided; it cannot be changed",
                patientId);
    }
}
