package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mekonghis.patient.api.Address;
import org.mekonghis.patient.api.Guardian;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.Sex;

class ValidPatientTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final InsuranceCard CARD = new InsuranceCard("HS4010120878811", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), "01001", null);

    /** A draft of a Vietnamese adult without occupation or guardian. */
    private static PatientDraft draft(String fullName, LocalDate birthDate, Integer birthYear, Sex sex,
            String ethnicityCode, String phone, String cccd, InsuranceCard card, Address address) {
        return new PatientDraft(fullName, birthDate, birthYear, sex, ethnicityCode, null, null, phone, cccd, card,
                address, null);
    }

    private static ValidPatient validate(PatientDraft draft) {
        return ValidPatient.of(draft, TODAY, InMemoryCodes.STANDARD);
    }

    private static InvalidPatientException refused(PatientDraft draft) {
        return catchThrowableOfType(InvalidPatientException.class, () -> validate(draft));
    }

    @Test
    void completeDraft_isNormalized() {
        ValidPatient p = validate(draft("  Nguyễn   Văn An ", LocalDate.of(1985, 5, 20), null, Sex.MALE, "01",
                "090 123 4567", "001085012345", new InsuranceCard("hs4010120878811", CARD.validFrom(), CARD.validTo(),
                        "01001", null), new Address("01", "00004", " 12  Phố Huế ", null)));

        assertThat(p.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(p.birthYear()).isEqualTo(1985);
        assertThat(p.phone()).isEqualTo("0901234567");
        assertThat(p.insuranceCard().number()).isEqualTo("HS4010120878811");
        assertThat(p.address().street()).isEqualTo("12 Phố Huế");
    }

    @Test
    void birthYearOnly_isEnough() {
        assertThat(validate(draft("Lê Thị Hoa", null, 1940, Sex.FEMALE, null, null, null, null, null))
                .birthDate()).isNull();
    }

    @Test
    void everyBadField_isReportedAtOnce() {
        InvalidPatientException e = refused(draft(" ", null, null, null, "1", "12345", "12",
                new InsuranceCard("XX9", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1), "1", null),
                new Address("99", null, null, null)));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("fullName", "birthDate", "sex",
                "ethnicityCode", "phone", "cccd", "insuranceCard.number", "insuranceCard.validTo",
                "insuranceCard.facilityCode", "address.provinceCode");
    }

    @Test
    void nameTooLongOrWithDigits_isRefused() {
        assertThat(refused(draft("A".repeat(101), null, 1990, Sex.MALE, null, null, null, null, null))
                .errors()).extracting(FieldError::messageKey).containsExactly("patient.error.fullName.tooLong");
        assertThat(refused(draft("Nguyễn Văn 2", null, 1990, Sex.MALE, null, null, null, null, null))
                .errors()).extracting(FieldError::messageKey).containsExactly("patient.error.fullName.characters");
    }

    @Test
    void birthInTheFutureOrBefore1900_isRefused() {
        assertThat(refused(draft("An", LocalDate.of(2026, 3, 2), null, Sex.MALE, null, null, null, null,
                null)).errors()).extracting(FieldError::messageKey).containsExactly("patient.error.birth.future");
        assertThat(refused(draft("An", null, 1899, Sex.MALE, null, null, null, null, null)).errors())
                .extracting(FieldError::messageKey).containsExactly("patient.error.birth.tooEarly");
    }

    @Test
    void cccdDisagreeingWithSex_isRefusedOnTheCccdField() {
        assertThat(refused(draft("Lê Thị Hoa", null, 1985, Sex.FEMALE, null, null, "001085012345", null,
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
        InsuranceCard card = new InsuranceCard(CARD.number(), CARD.validTo(), CARD.validFrom(), "01001", null);
        assertThat(refused(draft("An", null, 1990, Sex.MALE, null, null, null, card, null)).errors())
                .containsExactly(new FieldError("insuranceCard.validTo", "patient.error.card.validToBeforeFrom"));
    }

    private static PatientDraft child(LocalDate birthDate, Integer birthYear, Guardian guardian) {
        return new PatientDraft("Trần Gia Bảo", birthDate, birthYear, Sex.MALE, "01", null, null, null, null, null,
                null, guardian);
    }

    private static final Guardian MOTHER = new Guardian(" Lê  Thị Hoa ", "Mẹ", "0901 234 567", "001185012345");

    @Test
    void childUnderSix_withoutGuardian_isRefused_onTheGuardianField() {
        assertThat(refused(child(LocalDate.of(2021, 3, 2), null, null)).errors())
                .containsExactly(new FieldError("guardian", "patient.error.guardian.required", 6));
        assertThat(refused(child(null, 2021, null)).errors()).extracting(FieldError::field).containsExactly("guardian");
    }

    @Test
    void childTurningSixToday_orAdult_needsNoGuardian() {
        assertThat(validate(child(LocalDate.of(2020, 3, 1), null, null)).guardian()).isNull();
        assertThat(validate(child(null, 2020, null)).guardian()).as("year only: six by the end of the year")
                .isNull();
    }

    @Test
    void guardian_isNormalized_andKept() {
        Guardian g = validate(child(LocalDate.of(2024, 6, 1), null, MOTHER)).guardian();
        assertThat(g).isEqualTo(new Guardian("Lê Thị Hoa", "Mẹ", "0901234567", "001185012345"));
    }

    @Test
    void incompleteOrInvalidGuardian_isRefusedFieldByField_evenForAnAdult() {
        InvalidPatientException e = refused(draftWithGuardian(new Guardian("Lê 2", "  ", "12", "0011850123")));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("guardian.fullName", "patient.error.fullName.characters"),
                tuple("guardian.relationship", "patient.error.guardian.relationshipRequired"),
                tuple("guardian.phone", "patient.error.phone.format"),
                tuple("guardian.cccd", "patient.error.cccd.format"));
        assertThat(refused(draftWithGuardian(new Guardian(null, "Mẹ", null, null))).errors())
                .extracting(FieldError::field).containsExactly("guardian.fullName", "guardian.phone");
        assertThat(validate(draftWithGuardian(new Guardian(" ", null, "", null))).guardian()).as("all blank")
                .isNull();
    }

    private static PatientDraft draftWithGuardian(Guardian guardian) {
        return new PatientDraft("Nguyễn Văn An", null, 1950, Sex.MALE, null, null, null, null, null, null, null,
                guardian);
    }

    @Test
    void nationality_defaultsToVietNam_isUpperCased_andMustBeKnown() {
        assertThat(validate(draft("An", null, 1990, Sex.MALE, null, null, null, null, null)).nationalityCode())
                .isEqualTo("VN");
        PatientDraft korean = new PatientDraft("Kim Min Jun", null, 1990, Sex.MALE, null, "kr", "Kỹ sư", null, null,
                null, null, null);
        assertThat(validate(korean).nationalityCode()).isEqualTo("KR");
        assertThat(validate(korean).occupation()).isEqualTo("Kỹ sư");
        PatientDraft unknown = new PatientDraft("An", null, 1990, Sex.MALE, null, "XX", "A".repeat(101), null, null,
                null, null, null);
        assertThat(refused(unknown).errors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("nationalityCode", "patient.error.nationality.unknown"),
                tuple("occupation", "patient.error.occupation.tooLong"));
    }

    @Test
    void ethnicity_mustBeOneOfTheCatalog() {
        assertThat(validate(draft("An", null, 1990, Sex.MALE, "05", null, null, null, null)).ethnicityCode())
                .isEqualTo("05");
        assertThat(refused(draft("An", null, 1990, Sex.MALE, "55", null, null, null, null)).errors())
                .containsExactly(new FieldError("ethnicityCode", "patient.error.ethnicity.unknown", "55"));
    }

    @Test
    void commune_mustBeOnFileForItsProvince_unlessTheProvinceHasNoneYet() {
        assertThat(validate(withAddress(new Address("01", "00004", null, "Quận Hoàn Kiếm"))).address())
                .isEqualTo(new Address("01", "00004", null, "Quận Hoàn Kiếm"));
        assertThat(validate(withAddress(new Address("79", "26734", null, null))).address().communeCode())
                .as("no communes on file for 79").isEqualTo("26734");
        assertThat(refused(withAddress(new Address("01", "00010", null, null))).errors())
                .containsExactly(new FieldError("address.communeCode", "patient.error.commune.unknown", "00010"));
        assertThat(refused(withAddress(new Address("79", "00004", null, null))).errors())
                .containsExactly(new FieldError("address.communeCode", "patient.error.commune.province", "00004"));
        assertThat(refused(withAddress(new Address("79", "2673", null, "X".repeat(101)))).errors())
                .extracting(FieldError::field).containsExactly("address.communeCode", "address.formerDistrict");
    }

    private static PatientDraft withAddress(Address address) {
        return draft("Nguyễn Văn An", null, 1990, Sex.MALE, null, null, null, null, address);
    }

    @Test
    void fiveYearsContinuousDate_isKeptWithTheCard() {
        InsuranceCard card = new InsuranceCard("HS4010120878811", CARD.validFrom(), CARD.validTo(), "01001",
                LocalDate.of(2024, 7, 1));
        assertThat(validate(draft("An", null, 1990, Sex.MALE, null, null, null, card, null)).insuranceCard()
                .fiveYearsContinuousFrom()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void unidentifiedRecord_keepingItsGeneratedName_staysUnidentified_withoutBirthOrGuardian() {
        String generated = "Chưa rõ danh tính (nam, khoảng 4 tuổi)";
        PatientDraft kept = new PatientDraft(generated, null, 0, Sex.MALE, null, null, null, "0901234567", null,
                null, null, null);
        ValidPatient v = ValidPatient.of(kept, TODAY, InMemoryCodes.STANDARD, generated);
        assertThat(v.keepsUnidentified()).isTrue();
        assertThat(v.birthYear()).isZero();
        assertThat(v.nationalityCode()).isNull();
        assertThat(v.phone()).isEqualTo("0901234567");

        PatientDraft named = new PatientDraft("Trần Văn Bình", null, 1980, Sex.MALE, null, null, null, null, null,
                null, null, null);
        assertThat(ValidPatient.of(named, TODAY, InMemoryCodes.STANDARD, generated).keepsUnidentified()).isFalse();
        assertThat(refused(kept).errors()).as("the same name on any other record").extracting(FieldError::field)
                .contains("fullName", "birthYear");
    }
}
