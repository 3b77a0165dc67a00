package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EncounterCodesTest {

    @Test
    void format_isPrefixTwoDigitYearAndSevenDigitSequence() {
        assertThat(EncounterCodes.format(2026, 1)).isEqualTo("LK260000001");
        assertThat(EncounterCodes.format(2031, 1234567)).isEqualTo("LK311234567");
        assertThat(EncounterCodes.format(2026, 1)).matches(EncounterCodes.CODE);
    }

    @Test
    void format_beyondSevenDigits_widensRatherThanWrapping() {
        assertThat(EncounterCodes.format(2026, 10_000_000)).isEqualTo("LK2610000000").matches(EncounterCodes.CODE);
    }

    @Test
    void format_withNonPositiveSequence_throws() {
        assertThatThrownBy(() -> EncounterCodes.format(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counterKey_isSharedByYearsACenturyApart_soCodesAreNeverReused() {
        assertThat(EncounterCodes.counterKey(2026)).isEqualTo(EncounterCodes.counterKey(2126)).isEqualTo("LK26");
    }
}
