package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * No department, clinic room, ward or bed has the given code (as the subject of a request, e.g.
 * the room of a queue or the department of a census). A code inside a draft that names nothing is
 * refused input instead ({@link InvalidEncounterException}). REST answers 404.
 *
 * @since 1.2
 */
public class FacilityUnitNotFoundException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of an unknown department, room, ward or bed. */
    public static final String CODE = "ENC-0011";

    private final FacilityUnitKind kind;

    public FacilityUnitNotFoundException(FacilityUnitKind kind, String code) {
        super(CODE, 404, "encounter.error.unitNotFound." + kind.name(), "no " + kind.name().toLowerCase()
                + " with code " + code, code);
        this.kind = kind;
    }

    /** What kind of unit was looked for. */
    public FacilityUnitKind kind() {
        return kind;
    }
}
