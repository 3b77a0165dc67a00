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
    private static final Set<String> PROVINCES = Set.of("01", "31", "48", "79", "86", "91", "92");

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
            assertThatCode(() -> ValidPatient.of(draft, TODAY, PROVINCES::contains)).as("%s", draft)
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
        assertThat(drafts).allMatch(d -> d.fullName().split(" ").length >= 3);
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
}
