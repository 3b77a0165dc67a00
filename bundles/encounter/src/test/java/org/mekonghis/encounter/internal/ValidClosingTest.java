package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mekonghis.encounter.api.Closing;
import org.mekonghis.encounter.api.Discharge;
import org.mekonghis.encounter.api.DischargeKind;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.encounter.api.TreatmentResult;
import org.mekonghis.platform.api.FieldError;

class ValidClosingTest {

    private static List<FieldError> errors(Runnable r) {
        return catchThrowableOfType(InvalidEncounterException.class, r::run).errors();
    }

    @Test
    void of_referredWithoutFacilityAndReason_refusesBoth() {
        assertThat(errors(() -> ValidClosing.of(Closing.of(EncounterOutcome.REFERRED)))).containsExactly(
                new FieldError("referredToFacilityCode", "encounter.error.facility.required"),
                new FieldError("referralReason", "encounter.error.referralReason.required"));
    }

    @Test
    void of_referred_keepsTheTrimmedDetails() {
        Closing valid = ValidClosing.of(new Closing(EncounterOutcome.REFERRED, " 79048 ", "  Vượt tuyến  chuyên môn ",
                " Mang theo phim X-quang "));

        assertThat(valid).isEqualTo(new Closing(EncounterOutcome.REFERRED, "79048", "Vượt tuyến chuyên môn",
                "Mang theo phim X-quang"));
    }

    @Test
    void of_admittedOrMissingOutcome_isRefused_andReferralDetailsOnlyGoWithAReferral() {
        assertThat(errors(() -> ValidClosing.of(Closing.of(EncounterOutcome.ADMITTED))))
                .containsExactly(new FieldError("outcome", "encounter.error.outcome.admitted"));
        assertThat(errors(() -> ValidClosing.of((Closing) null)))
                .containsExactly(new FieldError("outcome", "encounter.error.outcome.required"));
        assertThat(errors(() -> ValidClosing.of(new Closing(EncounterOutcome.HOME, "79048", null, null))))
                .containsExactly(new FieldError("referredToFacilityCode", "encounter.error.referral.notReferred"));
    }

    @Test
    void of_dischargeDeathMustGoWithTreatmentResultDeath() {
        assertThat(errors(() -> ValidClosing.of(new Discharge(DischargeKind.DIED, TreatmentResult.WORSE, null, null,
                null)))).containsExactly(new FieldError("result", "encounter.error.treatmentResult.death"));
        assertThat(errors(() -> ValidClosing.of(new Discharge(DischargeKind.NORMAL, TreatmentResult.DIED, null, null,
                null)))).containsExactly(new FieldError("result", "encounter.error.treatmentResult.death"));
        assertThat(ValidClosing.of(new Discharge(DischargeKind.DIED, TreatmentResult.DIED, null, null, null)).kind())
                .isEqualTo(DischargeKind.DIED);
    }

    @Test
    void of_transferOutNeedsFacilityAndReason_andATooLongNoteIsRefused() {
        assertThat(errors(() -> ValidClosing.of(new Discharge(DischargeKind.TRANSFERRED_OUT, TreatmentResult.WORSE,
                null, null, "x".repeat(1001))))).extracting(FieldError::field)
                .containsExactly("referredToFacilityCode", "referralReason", "note");
    }

    @Test
    void dischargeKindsAndResults_mapToTheClaimCodes() {
        assertThat(DischargeKind.NORMAL.claimCode()).isEqualTo(1);
        assertThat(DischargeKind.TRANSFERRED_OUT.claimCode()).isEqualTo(2);
        assertThat(DischargeKind.ABSCONDED.claimCode()).isEqualTo(3);
        assertThat(DischargeKind.LEFT_AGAINST_ADVICE.claimCode()).isEqualTo(4);
        assertThat(DischargeKind.TRANSFERRED_OUT_ON_REQUEST.claimCode()).isEqualTo(5);
        assertThat(TreatmentResult.CURED.claimCode()).isEqualTo(1);
        assertThat(TreatmentResult.DIED.claimCode()).isEqualTo(5);
        assertThat(TreatmentResult.UNDETERMINED.claimCode()).isEqualTo(7);
        assertThat(DischargeKind.TRANSFERRED_OUT_ON_REQUEST.outcome()).isEqualTo(EncounterOutcome.REFERRED);
    }
}
