package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatientCodesTest {

    @Test
    void format_isPrefixTwoDigitYearAndSixDigitSequence() {
        assertThat(PatientCodes.format(2026, 1)).isEqualTo("BN26000001");
        assertThat(PatientCodes.format(2030, 123456)).isEqualTo("BN30123456");
        assertThat(PatientCodes.format(2026, 1)).matches(PatientCodes.CODE);
    }

    @Test
    void format_beyondSixDigits_widensRatherThanWrapping() {
        assertThat(PatientCodes.format(2026, 1_000_000)).isEqualTo("BN261000000");
    }

    @Test
    void format_withNonPositiveSequence_throws() {
        assertThatThrownBy(() -> PatientCodes.format(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counterKey_isSharedByYearsACenturyApart_soCodesAreNeverReused() {
        assertThat(PatientCodes.counterKey(2026)).isEqualTo(PatientCodes.counterKey(2126)).isEqualTo("BN26");
    }
}
