package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mekonghis.patient.api.Address;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.Sex;

class ValidPatientTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Set<String> PROVINCES = Set.of("01", "79");
    private static final InsuranceCard CARD = new InsuranceCard("HS4010120878811", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), "01001");

    private static ValidPatient validate(PatientDraft draft) {
        return ValidPatient.of(draft, TODAY, PROVINCES::contains);
    }

    private static InvalidPatientException refused(PatientDraft draft) {
        return catchThrowableOfType(InvalidPatientException.class, () -> validate(draft));
    }

    @Test
    void completeDraft_isNormalized() {
        ValidPatient p = validate(new PatientDraft("  Nguyễn   Văn An ", LocalDate.of(1985, 5, 20), null, Sex.MALE, "01",
                "090 123 4567", "001085012345", new InsuranceCard("hs4010120878811", CARD.validFrom(), CARD.validTo(),
                        "01001"), new Address("01", "00004", " 12  Phố Huế ")));

        assertThat(p.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(p.birthYear()).isEqualTo(1985);
        assertThat(p.phone()).isEqualTo("0901234567");
        assertThat(p.insuranceCard().number()).isEqualTo("HS4010120878811");
        assertThat(p.address().street()).isEqualTo("12 Phố Huế");
    }

    @Test
    void birthYearOnly_isEnough() {
        assertThat(validate(new PatientDraft("Lê Thị Hoa", null, 1940, Sex.FEMALE, null, null, null, null, null))
                .birthDate()).isNull();
    }

    @Test
    void everyBadField_isReportedAtOnce() {
        InvalidPatientException e = refused(new PatientDraft(" ", null, null, null, "1", "12345", "12",
                new InsuranceCard("XX9", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), "1"),
                new Address("99", null, null)));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("fullName", "birthDate", "sex",
                "ethnicityCode", "phone", "cccd", "insuranceCard.number", "insuranceCard.validTo",
                "insuranceCard.facilityCode", "address.provinceCode");
    }

    @Test
    void nameTooLongOrWithDigits_isRefused() {
        assertThat(refused(new PatientDraft("A".repeat(101), null, 1990, Sex.MALE, null, null, null, null, null))
                .errors()).extracting(FieldError::messageKey).containsExactly("patient.error.fullName.tooLong");
        assertThat(refused(new PatientDraft("Nguyễn Văn 2", null, 1990, Sex.MALE, null, null, null, null, null))
                .errors()).extracting(FieldError::messageKey).containsExactly("patient.error.fullName.characters");
    }

    @Test
    void birthInTheFutureOrBefore1900_isRefused() {
        assertThat(refused(new PatientDraft("An", LocalDate.of(2026, 3, 2), null, Sex.MALE, null, null, null, null,
                null)).errors()).extracting(FieldError::messageKey).containsExactly("patient.error.birth.future");
        assertThat(refused(new PatientDraft("An", null, 1899, Sex.MALE, null, null, null, null, null)).errors())
                .extracting(FieldError::messageKey).containsExactly("patient.error.birth.tooEarly");
    }

    @Test
    void cccdDisagreeingWithSex_isRefusedOnTheCccdField() {
        assertThat(refused(new PatientDraft("Lê Thị Hoa", null, 1985, Sex.FEMALE, null, null, "001085012345", null,
                null)).errors()).containsExactly(new FieldError("cccd", "patient.error.cccd.sex"));
    }

    @Test
    void cardNumbers_areCheckedAgainstTheirStructure() {
        assertThat(InsuranceCardNumber.isValid("HS4010120878811")).isTrue();
        assertThat(InsuranceCardNumber.isValid("DN4790123456789")).isTrue();
        assertThat(InsuranceCardNumber.isValid("HS6010120878811")).as("benefit code 6").isFalse();
        assertThat(InsuranceCardNumber.isValid("H54010120878811")).as("digit in group").isFalse();
        assertThat(InsuranceCardNumber.isValid("HS401012087881")).as("14 characters").isFalse();
        assertThat(InsuranceCardNumber.isValidFacilityCode("79048")).isTrue();
        assertThat(InsuranceCardNumber.isValidFacilityCode("7904A")).isFalse();
    }

    @Test
    void cardValidToBeforeValidFrom_isRefused() {
        InsuranceCard card = new InsuranceCard(CARD.number(), CARD.validTo(), CARD.validFrom(), "01001");
        assertThat(refused(new PatientDraft("An", null, 1990, Sex.MALE, null, null, null, card, null)).errors())
                .containsExactly(new FieldError("insuranceCard.validTo", "patient.error.card.validToBeforeFrom"));
    }
}
