package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * The patient already has an open encounter of the requested type; nothing was stored. REST
 * answers 409 naming the open encounter.
 *
 * @since 1.0
 */
public class EncounterAlreadyOpenException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a second open encounter of one type for one patient. */
    public static final String CODE = "ENC-0004";

    private final String openEncounterId;
    private final String openEncounterCode;

    public EncounterAlreadyOpenException(String patientId, EncounterType type, String openEncounterId,
            String openEncounterCode) {
        super(CODE, 409, "encounter.error.alreadyOpen", "patient " + patientId + " already has open " + type
                + " encounter " + openEncounterCode + " (id " + openEncounterId + ")", openEncounterCode);
        this.openEncounterId = openEncounterId;
        this.openEncounterCode = openEncounterCode;
    }

    public String openEncounterId() {
        return openEncounterId;
    }

    public String openEncounterCode() {
        return openEncounterCode;
    }
}
