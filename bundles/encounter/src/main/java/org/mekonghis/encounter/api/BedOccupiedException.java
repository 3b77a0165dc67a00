package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * The bed is held by another patient (also while on leave), so nobody can be admitted or
 * transferred into it, and it cannot be deactivated or moved; nothing was stored. REST answers 409.
 *
 * @since 1.2
 */
public class BedOccupiedException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a bed that is taken. */
    public static final String CODE = "ENC-0008";

    private final String bedCode;

    public BedOccupiedException(String bedCode) {
        super(CODE, 409, "encounter.error.bedOccupied", "bed " + bedCode + " is occupied", bedCode);
        this.bedCode = bedCode;
    }

    public String bedCode() {
        return bedCode;
    }
}
