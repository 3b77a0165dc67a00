package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * A department, clinic room, ward or bed with the given code already exists; nothing was stored.
 * REST answers 409.
 *
 * @since 1.2
 */
public class DuplicateFacilityUnitException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a second unit with one code. */
    public static final String CODE = "ENC-0012";

    public DuplicateFacilityUnitException(FacilityUnitKind kind, String code) {
        super(CODE, 409, "encounter.error.unitExists." + kind.name(), kind.name().toLowerCase() + " " + code
                + " already exists", code);
    }
}
