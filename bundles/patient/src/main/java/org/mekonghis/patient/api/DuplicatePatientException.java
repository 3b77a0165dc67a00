package org.mekonghis.patient.api;

import org.mekonghis.platform.api.MekongException;

/**
 * A registration or update was refused because its citizen id or insurance card is already on
 * file for another patient; nothing was stored. REST answers 409.
 *
 * @since 1.0
 */
public class DuplicatePatientException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a duplicate citizen id or card number. */
    public static final String CODE = "PAT-0002";

    private final String field;
    private final String existingPatientId;
    private final String existingPatientCode;

    public DuplicatePatientException(String field, String existingPatientId, String existingPatientCode) {
        super(CODE, 409, "patient.error.duplicate." + field.replace("insuranceCard.number", "insuranceCard"),
                field + " already on file for patient " + existingPatientCode + " (id " + existingPatientId + ")",
                existingPatientCode);
        this.field = field;
        this.existingPatientId = existingPatientId;
        this.existingPatientCode = existingPatientCode;
    }

    /** The duplicated field: {@code cccd} or {@code insuranceCard.number}. */
    public String field() {
        return field;
    }

    public String existingPatientId() {
        return existingPatientId;
    }

    public String existingPatientCode() {
        return existingPatientCode;
    }
}
