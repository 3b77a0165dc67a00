package org.mekonghis.encounter.internal;

import java.util.ArrayList;
import java.util.List;

import org.mekonghis.encounter.api.Closing;
import org.mekonghis.encounter.api.Discharge;
import org.mekonghis.encounter.api.DischargeKind;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.encounter.api.TreatmentResult;
import org.mekonghis.platform.api.FieldError;

/** Checks how a visit is closed or an inpatient discharged; returns the values trimmed. */
final class ValidClosing {
    private ValidClosing() {
    }

    /**
     * A closing of an outpatient or emergency visit: an outcome other than ADMITTED, referral
     * details exactly when referred, a note within limits.
     *
     * @throws InvalidEncounterException listing every refused field
     */
    static Closing of(Closing closing) {
        List<FieldError> errors = new ArrayList<>();
        EncounterOutcome outcome = closing == null ? null : closing.outcome();
        if (outcome == null) {
            errors.add(new FieldError("outcome", "encounter.error.outcome.required"));
        } else if (outcome == EncounterOutcome.ADMITTED) {
            errors.add(new FieldError("outcome", "encounter.error.outcome.admitted"));
        }
        if (closing == null) {
            throw new InvalidEncounterException(errors);
        }
        String[] referral = referral(outcome == EncounterOutcome.REFERRED, closing.referredToFacilityCode(),
                closing.referralReason(), errors);
        String note = note(closing.note(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return new Closing(outcome, referral[0], referral[1], note);
    }

    /**
     * A discharge: kind and result present and consistent (death with death), referral details
     * exactly when referred, a note within limits.
     *
     * @throws InvalidEncounterException listing every refused field
     */
    static Discharge of(Discharge discharge) {
        List<FieldError> errors = new ArrayList<>();
        DischargeKind kind = discharge == null ? null : discharge.kind();
        TreatmentResult result = discharge == null ? null : discharge.result();
        if (kind == null) {
            errors.add(new FieldError("kind", "encounter.error.dischargeKind.required"));
        }
        if (result == null) {
            errors.add(new FieldError("result", "encounter.error.treatmentResult.required"));
        } else if (kind != null && (kind == DischargeKind.DIED) != (result == TreatmentResult.DIED)) {
            errors.add(new FieldError("result", "encounter.error.treatmentResult.death"));
        }
        if (discharge == null) {
            throw new InvalidEncounterException(errors);
        }
        String[] referral = referral(kind != null && kind.referral(), discharge.referredToFacilityCode(),
                discharge.referralReason(), errors);
        String note = note(discharge.note(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return new Discharge(kind, result, referral[0], referral[1], note);
    }

    private static String[] referral(boolean referred, String facility, String reason, List<FieldError> errors) {
        String to = ValidEncounter.code(facility);
        String why = ValidEncounter.collapse(reason);
        if (referred) {
            ValidEncounter.checkFacility("referredToFacilityCode", to, errors);
            if (why == null) {
                errors.add(new FieldError("referralReason", "encounter.error.referralReason.required"));
            } else if (why.length() > EncounterService.REASON_MAX_LENGTH) {
                errors.add(new FieldError("referralReason", "encounter.error.referralReason.tooLong",
                        EncounterService.REASON_MAX_LENGTH));
            }
        } else {
            if (to != null) {
                errors.add(new FieldError("referredToFacilityCode", "encounter.error.referral.notReferred"));
            }
            if (why != null) {
                errors.add(new FieldError("referralReason", "encounter.error.referral.notReferred"));
            }
        }
        return new String[] {to, why};
    }

    private static String note(String text, List<FieldError> errors) {
        String note = text == null ? null : text.strip();
        if (note != null && note.isEmpty()) {
            return null;
        }
        if (note != null && note.length() > EncounterService.NOTE_MAX_LENGTH) {
            errors.add(new FieldError("note", "encounter.error.note.tooLong", EncounterService.NOTE_MAX_LENGTH));
        }
        return note;
    }
}
