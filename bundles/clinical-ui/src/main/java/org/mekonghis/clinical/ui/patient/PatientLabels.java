package org.mekonghis.clinical.ui.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.Sex;

/** How a patient is named on screens: one line to tell patients apart, and the state of the insurance card. */
public final class PatientLabels {

    private PatientLabels() {
    }

    public static String sex(Sex sex, Texts texts) {
        return sex == null ? "" : texts.get("clinical.sex." + sex.name());
    }

    /** The date of birth, or the year when only that is known, or nothing for an unknown year. */
    public static String birth(PatientDto p, Formats formats) {
        if (p.birthDate() != null) {
            return formats.date(p.birthDate());
        }
        return p.birthYear() == PatientService.UNKNOWN_BIRTH_YEAR ? "" : Integer.toString(p.birthYear());
    }

    /** "Nguyễn Văn An · 15/03/1980 · Nam · BN26000001 · 0901234567". */
    public static String summary(PatientDto p, Texts texts, Formats formats) {
        List<String> parts = new ArrayList<>();
        parts.add(p.fullName());
        String birth = birth(p, formats);
        if (!birth.isEmpty()) {
            parts.add(birth);
        }
        parts.add(sex(p.sex(), texts));
        parts.add(p.code());
        if (p.phone() != null) {
            parts.add(p.phone());
        }
        return String.join(" · ", parts);
    }

    /** Whether the card is valid on {@code day}, expired, not yet valid, or absent. */
    public enum CardState {
        NONE, VALID, EXPIRED, NOT_YET_VALID;

        public static CardState of(InsuranceCard card, LocalDate day) {
            if (card == null || card.number() == null) {
                return NONE;
            }
            if (card.validTo() != null && card.validTo().isBefore(day)) {
                return EXPIRED;
            }
            if (card.validFrom() != null && card.validFrom().isAfter(day)) {
                return NOT_YET_VALID;
            }
            return VALID;
        }
    }

    /** "BHYT HS4010120878811, còn hạn 01/01/2026 – 31/12/2026", "Không có thẻ BHYT". */
    public static String card(InsuranceCard card, LocalDate day, Texts texts, Formats formats) {
        CardState state = CardState.of(card, day);
        if (state == CardState.NONE) {
            return texts.get("clinical.card.none");
        }
        return texts.get("clinical.card." + state.name(), card.number(), formats.date(card.validFrom()),
                formats.date(card.validTo()));
    }
}
