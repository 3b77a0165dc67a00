package org.mekonghis.encounter.api;

import org.mekonghis.platform.api.MekongException;

/**
 * The encounter is not an open inpatient stay, so the patient cannot be transferred, sent on leave
 * or discharged; nothing was changed. REST answers 409.
 *
 * @since 1.2
 */
public class NotAdmittedException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of an inpatient action on an encounter that is not an open inpatient stay. */
    public static final String CODE = "ENC-0009";

    public NotAdmittedException(String encounterId, String encounterCode) {
        super(CODE, 409, "encounter.error.notAdmitted", "encounter " + encounterCode + " (id " + encounterId
                + ") is not an open inpatient stay", encounterCode);
    }
}
