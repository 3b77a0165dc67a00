package org.mekonghis.encounter.api;

import java.util.List;
import java.util.stream.Collectors;

import org.mekonghis.platform.api.MekongException;

/**
 * A request was refused because one or more values are invalid; nothing was stored. Carries
 * every refused field, not just the first. REST answers 400.
 *
 * @since 1.0
 */
public class InvalidEncounterException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of refused input. */
    public static final String CODE = "ENC-0001";

    private final transient List<FieldError> errors;

    public InvalidEncounterException(List<FieldError> errors) {
        super(CODE, 400, "encounter.error.invalid", "encounter request refused; fields: "
                + errors.stream().map(FieldError::field).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    /** The refused fields with their message keys, in input order; never empty. */
    public List<FieldError> errors() {
        return errors;
    }
}
