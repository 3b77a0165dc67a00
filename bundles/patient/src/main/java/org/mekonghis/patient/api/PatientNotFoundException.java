package org.mekonghis.patient.api;

import org.mekonghis.platform.api.MekongException;

/**
 * No patient has the given id. REST answers 404.
 *
 * @since 1.0
 */
public class PatientNotFoundException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of an unknown patient id. */
    public static final String CODE = "PAT-0003";

    public PatientNotFoundException(String patientId) {
        super(CODE, 404, "patient.error.notFound", "no patient with id " + patientId, patientId);
    }
}
