package org.mekonghis.platform.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was refused because one or more values are invalid; nothing was stored. Carries every
 * refused field, not only the first. The platform answers a REST call with 400 and
 * {@code {"code": ..., "errors": [{"field": ..., "message": ...}]}}, messages in the caller's language.
 *
 * @since 1.1
 */
public class InvalidInputException extends MekongException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(String code, String messageKey, String what, List<FieldError> errors) {
        super(code, 400, messageKey, what + " refused; fields: "
                + errors.stream().map(FieldError::field).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    /** The refused fields with their message keys, in input order. */
    public List<FieldError> errors() {
        return errors;
    }
}
