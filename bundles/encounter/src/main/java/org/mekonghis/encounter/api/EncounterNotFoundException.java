package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * No encounter has the given id. REST answers 404.
 *
 * @since 1.0
 */
public class EncounterNotFoundException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of an unknown encounter id. */
    public static final String CODE = "ENC-0002";

    public EncounterNotFoundException(String encounterId) {
        super(CODE, 404, "encounter.error.notFound", "no encounter with id " + encounterId, encounterId);
    }
}
