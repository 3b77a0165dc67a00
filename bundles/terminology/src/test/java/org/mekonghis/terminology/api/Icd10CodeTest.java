package org.mekonghis.terminology.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class Icd10CodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "E11.9|E11.9", "e11.9|E11.9", "E119|E11.9", "e119|E11.9", " E11.9 |E11.9", "E 11.9|E11.9",
            "I10|I10", "i10|I10", "J00|J00", "I10.|I10", "S72.00|S72.00", "S7200|S72.00",
            "G01*|G01", "A17.0\u2020|A17.0", "U07.1|U07.1"})
    void normalize_acceptsTheUsualSpellings(String typed, String normalized) {
        assertThat(Icd10Code.normalize(typed)).contains(normalized);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullSource
    @ValueSource(strings = {"", "  ", "E1", "E", "11.9", "EE11", "E11.123", "E11-E14", "A00-B99", "E11.9.1",
            "E1.9", "Ð11", "E11,9", "J0O"})
    void normalize_refusesWhatIsNotAnIcd10Code(String typed) {
        assertThat(Icd10Code.normalize(typed)).isEmpty();
    }
}
