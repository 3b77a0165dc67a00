package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * The patient's record is voided; no encounter can be opened for it. REST answers 409.
 *
 * @since 1.0
 */
public class VoidedPatientException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of an encounter requested for a voided patient record. */
    public static final String CODE = "ENC-0005";

    public VoidedPatientException(String patientId) {
        super(CODE, 409, "encounter.error.patientVoided", "patient " + patientId
                + " is voided; no encounter can be opened", patientId);
    }
}
