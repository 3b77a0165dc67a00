package org.mekonghis.patient.api;

import org.mekonghis.platform.api.MekongException;

/**
 * The patient's record was merged into another and cannot be changed or merged again; change
 * the record it was merged into. REST answers 409.
 *
 * @since 1.2
 */
public class PatientMergedException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a change to a merged record. */
    public static final String CODE = "PAT-0007";

    private final String mergedIntoId;

    public PatientMergedException(String patientId, String mergedIntoId) {
        super(CODE, 409, "patient.error.merged", "patient " + patientId + " was merged into " + mergedIntoId
                + "; it cannot be changed", mergedIntoId);
        this.mergedIntoId = mergedIntoId;
    }

    /** The id of the record it was merged into. */
    public String mergedIntoId() {
        return mergedIntoId;
    }
}
