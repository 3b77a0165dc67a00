package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.Sex;

class DemoPatientsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    /** The provinces the demo addresses use, all seeded in pat_province. */
    private static final Set<String> PROVINCES = InMemoryCodes.STANDARD.provinces();

    private static List<PatientDraft> generate() {
        return new DemoPatients(PatientDemoData.SEED, TODAY).next(PatientDemoData.COUNT);
    }

    @Test
    void sameSeed_givesTheSamePatients() {
        assertThat(generate()).isEqualTo(generate());
    }

    @Test
    void everyPatient_passesValidation_withUniqueIdsCardsAndPhones() {
        List<PatientDraft> drafts = generate();
        for (PatientDraft draft : drafts) {
            assertThatCode(() -> ValidPatient.of(draft, TODAY, InMemoryCodes.STANDARD)).as("%s", draft)
                    .doesNotThrowAnyException();
        }
        List<String> cccds = drafts.stream().map(PatientDraft::cccd).filter(Objects::nonNull).toList();
        List<String> cards = drafts.stream().filter(d -> d.insuranceCard() != null)
                .map(d -> d.insuranceCard().number()).toList();
        List<String> phones = drafts.stream().map(PatientDraft::phone).filter(Objects::nonNull).toList();
        assertThat(cccds).doesNotHaveDuplicates().hasSizeGreaterThan(200);
        assertThat(cards).doesNotHaveDuplicates().hasSizeGreaterThan(150);
        assertThat(phones).doesNotHaveDuplicates();
    }

    @Test
    void names_followTheUsualFrequencies_andMiddleNamesMatchSex() {
        List<PatientDraft> drafts = generate();
        long nguyen = drafts.stream().filter(d -> d.fullName().startsWith("Nguyễn ")).count();
        assertThat(nguyen).isBetween(150L, 230L);
        assertThat(drafts).filteredOn(d -> d.sex() == Sex.MALE).noneMatch(d -> d.fullName().contains(" Thị "));
        assertThat(drafts).filteredOn(d -> d.sex() == Sex.FEMALE).noneMatch(d -> d.fullName().contains(" Văn "));
        assertThat(drafts).filteredOn(d -> "VN".equals(d.nationalityCode()))
                .allMatch(d -> d.fullName().split(" ").length >= 3);
    }

    @Test
    void birthsSpan1935To2024_someElderlyWithTheYearOnly_andOnlyAdultsHaveCitizenIds() {
        List<PatientDraft> drafts = generate();
        assertThat(drafts).allMatch(d -> {
            int year = d.birthDate() != null ? d.birthDate().getYear() : d.birthYear();
            return year >= DemoPatients.FIRST_BIRTH_YEAR && year <= DemoPatients.LAST_BIRTH_YEAR
                    && (d.cccd() == null || TODAY.getYear() - year >= 18);
        });
        assertThat(drafts).filteredOn(d -> d.birthDate() == null).isNotEmpty()
                .allMatch(d -> d.birthYear() < 1955);
        assertThat(drafts).filteredOn(d -> d.address() != null)
                .allMatch(d -> PROVINCES.contains(d.address().provinceCode()) && d.address().street() != null);
    }

    @Test
    void mostAreKinh_someOtherGroups_andAFewForeigners() {
        List<PatientDraft> drafts = generate();
        long kinh = drafts.stream().filter(d -> "01".equals(d.ethnicityCode())).count();
        assertThat(kinh).isBetween(400L, 495L);
        assertThat(drafts).extracting(PatientDraft::ethnicityCode).contains("04", "05");
        List<PatientDraft> foreign = drafts.stream().filter(d -> !"VN".equals(d.nationalityCode())).toList();
        assertThat(foreign).isNotEmpty().hasSizeLessThan(20)
                .allMatch(d -> d.cccd() == null && d.insuranceCard() == null && d.ethnicityCode() == null);
    }

    @Test
    void everyChild_hasAGuardianWithAPhone_andNoPhoneOfItsOwn_adultsHaveNone() {
        List<PatientDraft> drafts = generate();
        List<PatientDraft> underSix = drafts.stream().filter(d -> ValidPatient.isUnderGuardianAge(d.birthDate(),
                d.birthYear(), TODAY)).toList();
        assertThat(underSix).hasSizeGreaterThan(5).allMatch(d -> d.guardian() != null
                && d.guardian().phone() != null && d.guardian().relationship() != null && d.phone() == null);
        assertThat(drafts).filteredOn(d -> d.guardian() != null).extracting(d -> d.guardian().relationship())
                .contains("Mẹ", "Bố");
        assertThat(drafts).filteredOn(d -> birthYear(d) < 2000).allMatch(d -> d.guardian() == null);
        assertThat(drafts).filteredOn(d -> birthYear(d) >= 1970 && birthYear(d) < 2000)
                .filteredOn(d -> d.occupation() != null).hasSizeGreaterThan(100);
    }

    private static int birthYear(PatientDraft d) {
        return d.birthDate() != null ? d.birthDate().getYear() : d.birthYear();
    }
}
