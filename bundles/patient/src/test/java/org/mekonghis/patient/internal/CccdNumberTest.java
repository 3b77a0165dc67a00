package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.patient.api.Sex;

class CccdNumberTest {

    @Test
    void maleBorn1985InHanoi_isAccepted() {
        assertThat(CccdNumber.check("001085012345", Sex.MALE, 1985)).isEmpty();
    }

    @Test
    void femaleBorn2003InHoChiMinhCity_isAccepted() {
        assertThat(CccdNumber.check("079303001234", Sex.FEMALE, 2003)).isEmpty();
    }

    @Test
    void unknownSexOrYear_checksOnlyWhatIsKnown() {
        assertThat(CccdNumber.check("019190000001", Sex.UNKNOWN, null)).isEmpty();
    }

    @Test
    void wrongLengthOrLetters_isRefusedAsFormat() {
        assertThat(CccdNumber.check("00108501234", Sex.MALE, 1985)).extracting(FieldError::messageKey)
                .containsExactly("patient.error.cccd.format");
        assertThat(CccdNumber.check("00108501234X", Sex.MALE, 1985)).extracting(FieldError::messageKey)
                .containsExactly("patient.error.cccd.format");
    }

    @Test
    void formerProvinces_remainValidPrefixes_afterTheMerger() {
        // Sóc Trăng (094) merged into Cần Thơ in 2025; ids issued there keep their prefix.
        assertThat(CccdNumber.check("094085012345", Sex.MALE, 1985)).isEmpty();
        assertThat(CccdNumber.check("002085012345", Sex.MALE, 1985)).as("Hà Giang").isEmpty();
        assertThat(CccdNumber.check("003085012345", Sex.MALE, 1985)).as("no province 03").isNotEmpty();
        assertThat(CccdNumber.REGISTRATION_PREFIXES).hasSize(63);
    }

    @Test
    void unknownProvincePrefix_isRefused() {
        assertThat(CccdNumber.check("999085012345", Sex.MALE, 1985)).extracting(FieldError::messageKey)
                .containsExactly("patient.error.cccd.province");
    }

    @Test
    void genderDigitDisagreeingWithSex_isRefused() {
        assertThat(CccdNumber.check("001185012345", Sex.MALE, 1985)).extracting(FieldError::messageKey)
                .containsExactly("patient.error.cccd.sex");
    }

    @Test
    void centuryOrYearDisagreeingWithBirthYear_isRefused() {
        assertThat(CccdNumber.check("001285012345", Sex.MALE, 1985)).extracting(FieldError::messageKey)
                .containsExactly("patient.error.cccd.birthYear");
        assertThat(CccdNumber.check("001086012345", Sex.MALE, 1985)).extracting(FieldError::messageKey)
                .containsExactly("patient.error.cccd.birthYear");
    }

    @Test
    void centuryDigits_mapToTheirCenturies() {
        assertThat(CccdNumber.centuryStart(0)).isEqualTo(1900);
        assertThat(CccdNumber.centuryStart(3)).isEqualTo(2000);
        assertThat(CccdNumber.centuryStart(9)).isEqualTo(1800);
    }
}
