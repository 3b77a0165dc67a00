package org.mekonghis.terminology.api;

import java.util.List;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;

/**
 * A search or an import was refused as a whole (a limit out of range, a file without the required
 * header, too large or unreadable); nothing was stored. REST answers 400.
 *
 * @since 1.0
 */
public class InvalidTerminologyException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** Code of refused input. */
    public static final String CODE = "TRM-0001";

    public InvalidTerminologyException(List<FieldError> errors) {
        super(CODE, "terminology.error.invalid", "terminology request", errors);
    }
}
