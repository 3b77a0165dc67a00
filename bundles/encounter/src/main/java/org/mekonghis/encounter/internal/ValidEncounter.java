package org.mekonghis.encounter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.platform.api.FieldError;

/**
 * An {@link EncounterDraft} whose values were all checked: trimmed, present, within limits, the
 * room resolved. {@code coverage} holds the requested type, route and referral only; the card is
 * added from the patient's record at check-in ({@code requestedCardNumber} is what the desk sent).
 */
record ValidEncounter(String patientId, EncounterType type, String departmentCode, String roomCode, String reason,
        Coverage coverage, String requestedCardNumber) {
    /** Internal ids are UUIDs; anything longer cannot be one and is not looked up. */
    static final int PATIENT_ID_MAX_LENGTH = 36;
    /** Facility codes (MA_CSKCB, MA_NOI_DI, MA_NOI_DEN): 2-digit province and 3-digit sequence. */
    static final Pattern FACILITY_CODE = Pattern.compile("[0-9]{5}");

    /** What validation needs to know of the facility's layout. */
    interface Layout {
        boolean activeDepartment(String code);

        /** Codes of the department's active clinic rooms. */
        List<String> activeRooms(String departmentCode);
    }

    ValidEncounter(String patientId, EncounterType type, String departmentCode, String reason) {
        this(patientId, type, departmentCode, null, reason, Coverage.selfPay(), null);
    }

    /**
     * Checks every field of {@code draft} and reports all refused fields at once.
     *
     * @throws InvalidEncounterException listing every refused field
     */
    static ValidEncounter of(EncounterDraft draft, Layout layout) {
        List<FieldError> errors = new ArrayList<>();
        String patientId = collapse(draft.patientId());
        if (patientId == null) {
            errors.add(new FieldError("patientId", "encounter.error.patientId.required"));
        } else if (patientId.length() > PATIENT_ID_MAX_LENGTH) {
            errors.add(new FieldError("patientId", "encounter.error.patientId.format"));
        }
        EncounterType type = draft.type();
        if (type == null) {
            errors.add(new FieldError("type", "encounter.error.type.required"));
        } else if (type == EncounterType.INPATIENT) {
            errors.add(new FieldError("type", "encounter.error.type.inpatient"));
        }
        String department = code(draft.departmentCode());
        boolean departmentOk = false;
        if (department == null) {
            errors.add(new FieldError("departmentCode", "encounter.error.department.required"));
        } else if (!layout.activeDepartment(department)) {
            errors.add(new FieldError("departmentCode", "encounter.error.department.unknown", department));
        } else {
            departmentOk = true;
        }
        String room = code(draft.roomCode());
        if (departmentOk && type != EncounterType.INPATIENT) {
            List<String> rooms = layout.activeRooms(department);
            if (room != null) {
                if (!rooms.contains(room)) {
                    errors.add(new FieldError("roomCode", "encounter.error.room.unknown", room, department));
                }
            } else if (type == EncounterType.OUTPATIENT) {
                // a department with a single clinic room needs no choice; with none, nobody can queue there
                if (rooms.size() == 1) {
                    room = rooms.get(0);
                } else if (rooms.isEmpty()) {
                    errors.add(new FieldError("roomCode", "encounter.error.room.none", department));
                } else {
                    errors.add(new FieldError("roomCode", "encounter.error.room.required"));
                }
            }
        }
        String reason = collapse(draft.reason());
        if (reason == null) {
            errors.add(new FieldError("reason", "encounter.error.reason.required"));
        } else if (reason.length() > EncounterService.REASON_MAX_LENGTH) {
            errors.add(new FieldError("reason", "encounter.error.reason.tooLong", EncounterService.REASON_MAX_LENGTH));
        }
        Coverage coverage = coverage(draft.coverage(), type, errors);
        String cardNumber = draft.coverage() == null ? null : code(draft.coverage().cardNumber());
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return new ValidEncounter(patientId, type, department, room, reason, coverage, cardNumber);
    }

    private static Coverage coverage(Coverage in, EncounterType type, List<FieldError> errors) {
        if (in == null) {
            return Coverage.selfPay();
        }
        if (in.type() == null) {
            errors.add(new FieldError("coverage.type", "encounter.error.coverage.type.required"));
            return null;
        }
        String number = collapse(in.referralNumber());
        String from = code(in.referralFromFacilityCode());
        if (in.type() == CoverageType.SELF_PAY) {
            if (in.route() != null) {
                errors.add(new FieldError("coverage.route", "encounter.error.coverage.route.selfPay"));
            }
            if (in.cardNumber() != null && !in.cardNumber().isBlank()) {
                errors.add(new FieldError("coverage.cardNumber", "encounter.error.coverage.card.selfPay"));
            }
            refuseReferral(number, from, errors);
            return Coverage.selfPay();
        }
        if (in.route() == null) {
            errors.add(new FieldError("coverage.route", "encounter.error.coverage.route.required"));
            return null;
        }
        if (in.route() == InsuranceRoute.EMERGENCY && type != null && type != EncounterType.EMERGENCY) {
            errors.add(new FieldError("coverage.route", "encounter.error.coverage.route.emergencyOnly"));
        }
        if (in.route() != InsuranceRoute.REFERRAL) {
            refuseReferral(number, from, errors);
            return Coverage.insurance(in.route());
        }
        if (number == null) {
            errors.add(new FieldError("coverage.referralNumber", "encounter.error.coverage.referralNumber.required"));
        } else if (number.length() > EncounterService.REFERRAL_NUMBER_MAX_LENGTH) {
            errors.add(new FieldError("coverage.referralNumber", "encounter.error.coverage.referralNumber.tooLong",
                    EncounterService.REFERRAL_NUMBER_MAX_LENGTH));
        }
        checkFacility("coverage.referralFromFacilityCode", from, errors);
        return Coverage.referral(number, from);
    }

    private static void refuseReferral(String number, String from, List<FieldError> errors) {
        if (number != null) {
            errors.add(new FieldError("coverage.referralNumber", "encounter.error.coverage.referralOnly"));
        }
        if (from != null) {
            errors.add(new FieldError("coverage.referralFromFacilityCode", "encounter.error.coverage.referralOnly"));
        }
    }

    /** Requires a 5-digit facility code in {@code field}. */
    static void checkFacility(String field, String code, List<FieldError> errors) {
        if (code == null) {
            errors.add(new FieldError(field, "encounter.error.facility.required"));
        } else if (!FACILITY_CODE.matcher(code).matches()) {
            errors.add(new FieldError(field, "encounter.error.facility.format", code));
        }
    }

    /** Trims and collapses runs of white space; null when nothing is left. */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** A code as typed: trimmed, without inner spaces, upper case; null when blank. */
    static String code(String text) {
        String c = collapse(text);
        return c == null ? null : c.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
