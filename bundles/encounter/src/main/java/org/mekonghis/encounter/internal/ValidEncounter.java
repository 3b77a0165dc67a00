package org.mekonghis.encounter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.encounter.api.InvalidEncounterException;

/** An {@link EncounterDraft} whose values were all checked: trimmed, present, within limits. */
record ValidEncounter(String patientId, EncounterType type, String departmentCode, String reason) {
    /** Internal ids are UUIDs; anything longer cannot be one and is not looked up. */
    static final int PATIENT_ID_MAX_LENGTH = 36;

    /**
     * Checks every field of {@code draft} and reports all refused fields at once.
     *
     * @param activeDepartment whether a department code names an active department
     * @throws InvalidEncounterException listing every refused field
     */
    static ValidEncounter of(EncounterDraft draft, Predicate<String> activeDepartment) {
        List<FieldError> errors = new ArrayList<>();
        String patientId = collapse(draft.patientId());
        if (patientId == null) {
            errors.add(new FieldError("patientId", "encounter.error.patientId.required"));
        } else if (patientId.length() > PATIENT_ID_MAX_LENGTH) {
            errors.add(new FieldError("patientId", "encounter.error.patientId.format"));
        }
        if (draft.type() == null) {
            errors.add(new FieldError("type", "encounter.error.type.required"));
        }
        String department = collapse(draft.departmentCode());
        if (department != null) {
            department = department.toUpperCase(Locale.ROOT);
        }
        if (department == null) {
            errors.add(new FieldError("departmentCode", "encounter.error.department.required"));
        } else if (!activeDepartment.test(department)) {
            errors.add(new FieldError("departmentCode", "encounter.error.department.unknown", department));
        }
        String reason = collapse(draft.reason());
        if (reason == null) {
            errors.add(new FieldError("reason", "encounter.error.reason.required"));
        } else if (reason.length() > EncounterService.REASON_MAX_LENGTH) {
            errors.add(new FieldError("reason", "encounter.error.reason.tooLong", EncounterService.REASON_MAX_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return new ValidEncounter(patientId, draft.type(), department, reason);
    }

    /** Trims and collapses runs of white space; null when nothing is left. */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }
}
