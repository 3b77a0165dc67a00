package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * The encounter is already closed; it cannot be closed or changed again. REST answers 409.
 *
 * @since 1.0
 */
public class EncounterClosedException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a change to a closed encounter. */
    public static final String CODE = "ENC-0003";

    public EncounterClosedException(String encounterId, String encounterCode) {
        super(CODE, 409, "encounter.error.closed", "encounter " + encounterCode + " (id " + encounterId
                + ") is already closed", encounterCode);
    }
}
