package org.mekonghis.encounter.api;

import java.util.List;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;

/**
 * A request was refused because one or more values are invalid; nothing was stored. Carries
 * every refused field, not just the first. REST answers 400.
 *
 * @since 1.0
 */
public class InvalidEncounterException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** Code of refused input. */
    public static final String CODE = "ENC-0001";

    public InvalidEncounterException(List<FieldError> errors) {
        super(CODE, "encounter.error.invalid", "encounter request", errors);
    }
}
