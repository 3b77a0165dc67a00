package org.mekonghis.patient.api;

import java.util.List;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;

/**
 * A registration or update was refused because one or more values are invalid; nothing was
 * stored. Carries every refused field, not just the first. REST answers 400.
 *
 * @since 1.0
 */
public class InvalidPatientException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** Code of refused input. */
    public static final String CODE = "PAT-0001";

    public InvalidPatientException(List<FieldError> errors) {
        super(CODE, "patient.error.invalid", "patient data", errors);
    }
}
