package org.mekonghis.patient.api;

import org.mekonghis.platform.api.MekongException;

/**
 * Two records cannot be merged as asked (a record into itself, or an identified record into an
 * unidentified one); nothing was changed. REST answers 409.
 *
 * @since 1.2
 */
public class MergeRefusedException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a refused merge. */
    public static final String CODE = "PAT-0008";

    /** Why: {@code self} or {@code unidentifiedSurvivor}. */
    private final String reason;

    public MergeRefusedException(String survivorId, String duplicateId, String reason) {
        super(CODE, 409, "patient.error.merge." + reason, "patient " + duplicateId + " cannot be merged into "
                + survivorId + ": " + reason);
        this.reason = reason;
    }

    /** Why the merge was refused: {@code self} or {@code unidentifiedSurvivor}. */
    public String reason() {
        return reason;
    }
}
