package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.platform.api.FieldError;

/** The insurance card of the patient's record at check-in ({@link EncounterServiceImpl#withCard}). */
class CardCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final String CARD = "HS4010120878811";

    private static PatientDto patient(InsuranceCard card) {
        return new PatientDto("p-1", "BN26000001", "Trần Thị Lan", null, 1960, org.mekonghis.patient.api.Sex.FEMALE,
                "01", "VNM", null, null, null, card, null, null, false, false, false, null, null, null, null);
    }

    private static ValidEncounter insured(String cardNumber) {
        return new ValidEncounter("p-1", EncounterType.OUTPATIENT, "KKB", "P101", "Ho",
                Coverage.referral("12/GCT", "79048"), cardNumber);
    }

    @Test
    void withCard_validOnTheDay_storesTheSnapshotWithTheReferral() {
        InsuranceCard card = new InsuranceCard(CARD, LocalDate.of(2026, 1, 1), TODAY, "79048",
                LocalDate.of(2024, 1, 1));

        Coverage c = EncounterServiceImpl.withCard(insured(CARD), patient(card), TODAY);

        assertThat(c).isEqualTo(new Coverage(CoverageType.INSURANCE, InsuranceRoute.REFERRAL, "12/GCT", "79048", CARD,
                LocalDate.of(2026, 1, 1), TODAY, "79048", LocalDate.of(2024, 1, 1)));
    }

    @Test
    void withCard_expiredYesterday_isRefusedWithThePrintedDate() {
        InsuranceCard card = new InsuranceCard(CARD, LocalDate.of(2025, 1, 1), TODAY.minusDays(1), "79048", null);

        InvalidEncounterException e = catchThrowableOfType(InvalidEncounterException.class,
                () -> EncounterServiceImpl.withCard(insured(null), patient(card), TODAY));

        assertThat(e.errors()).containsExactly(new FieldError("coverage.cardValidTo",
                "encounter.error.coverage.card.expired", "14/03/2026"));
    }

    @Test
    void withCard_notYetValid_missing_orAnotherNumber_isRefused() {
        InsuranceCard future = new InsuranceCard(CARD, TODAY.plusDays(1), TODAY.plusYears(1), "79048", null);
        assertThat(catchThrowableOfType(InvalidEncounterException.class,
                () -> EncounterServiceImpl.withCard(insured(null), patient(future), TODAY)).errors())
                .containsExactly(new FieldError("coverage.cardValidFrom", "encounter.error.coverage.card.notYetValid",
                        "16/03/2026"));
        assertThat(catchThrowableOfType(InvalidEncounterException.class,
                () -> EncounterServiceImpl.withCard(insured(null), patient(null), TODAY)).errors())
                .containsExactly(new FieldError("coverage.cardNumber", "encounter.error.coverage.card.missing"));
        InsuranceCard valid = new InsuranceCard(CARD, TODAY, TODAY, "79048", null);
        assertThat(catchThrowableOfType(InvalidEncounterException.class,
                () -> EncounterServiceImpl.withCard(insured("DN4790000000001"), patient(valid), TODAY)).errors())
                .containsExactly(new FieldError("coverage.cardNumber", "encounter.error.coverage.card.mismatch"));
    }
}
