package org.mekonghis.clinical.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.i18n.Messages;

class AgeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    /** Shows which key was asked for, with its arguments. */
    private static final Texts TEXTS = new Texts(new Messages() {
        @Override
        public List<Locale> locales() {
            return List.of(VIETNAMESE);
        }

        @Override
        public String get(Locale locale, String key, Object... arguments) {
            return key + Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        }
    }, Messages.VIETNAMESE);

    @Test
    void adult_withBirthDate_isInCompletedYears() {
        Age age = Age.of(LocalDate.of(1980, 3, 16), null, TODAY);
        assertThat(age.years()).isEqualTo(45);
        assertThat(age.describe(TEXTS)).isEqualTo("clinical.age.years(45)");
        assertThat(Age.of(LocalDate.of(1980, 3, 15), null, TODAY).years()).isEqualTo(46);
    }

    @Test
    void infant_isInMonths_andNewborn_inDays() {
        assertThat(Age.of(LocalDate.of(2025, 7, 1), null, TODAY).describe(TEXTS)).isEqualTo("clinical.age.months(8)");
        assertThat(Age.of(LocalDate.of(2026, 3, 3), null, TODAY).describe(TEXTS)).isEqualTo("clinical.age.days(12)");
        assertThat(Age.of(LocalDate.of(2024, 3, 16), null, TODAY).describe(TEXTS)).isEqualTo("clinical.age.years(1)");
    }

    @Test
    void onlyTheYearKnown_isTheDifferenceOfYears_neverInMonths() {
        Age age = Age.of(null, 2026, TODAY);
        assertThat(age.exact()).isFalse();
        assertThat(age.describe(TEXTS)).isEqualTo("clinical.age.years(0)");
        assertThat(Age.of(null, 1981, TODAY).describe(TEXTS)).isEqualTo("clinical.age.years(45)");
        assertThat(Age.of(null, null, TODAY)).isNull();
    }

    @Test
    void guardian_isNeededUnderSixYears() {
        assertThat(Age.of(LocalDate.of(2020, 3, 16), null, TODAY).needsGuardian()).isTrue();
        assertThat(Age.of(LocalDate.of(2020, 3, 15), null, TODAY).needsGuardian()).isFalse();
        assertThat(Age.of(null, 2021, TODAY).needsGuardian()).isTrue();
        assertThat(Age.of(null, 2020, TODAY).needsGuardian()).isFalse();
    }
}
