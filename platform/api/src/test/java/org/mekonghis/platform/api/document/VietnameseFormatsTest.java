package org.mekonghis.platform.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseFormatsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                   | Không đồng
            5                   | Năm đồng
            10                  | Mười đồng
            11                  | Mười một đồng
            14                  | Mười bốn đồng
            15                  | Mười lăm đồng
            20                  | Hai mươi đồng
            21                  | Hai mươi mốt đồng
            24                  | Hai mươi tư đồng
            25                  | Hai mươi lăm đồng
            31                  | Ba mươi mốt đồng
            44                  | Bốn mươi tư đồng
            55                  | Năm mươi lăm đồng
            99                  | Chín mươi chín đồng
            100                 | Một trăm đồng
            101                 | Một trăm linh một đồng
            104                 | Một trăm linh bốn đồng
            105                 | Một trăm linh năm đồng
            110                 | Một trăm mười đồng
            115                 | Một trăm mười lăm đồng
            121                 | Một trăm hai mươi mốt đồng
            1000                | Một nghìn đồng
            1005                | Một nghìn không trăm linh năm đồng
            1010                | Một nghìn không trăm mười đồng
            1100                | Một nghìn một trăm đồng
            15000               | Mười lăm nghìn đồng
            50000               | Năm mươi nghìn đồng
            100000              | Một trăm nghìn đồng
            150000              | Một trăm năm mươi nghìn đồng
            1000000             | Một triệu đồng
            1000001             | Một triệu không trăm linh một đồng
            1250000             | Một triệu hai trăm năm mươi nghìn đồng
            2005000             | Hai triệu không trăm linh năm nghìn đồng
            10000000            | Mười triệu đồng
            21500000            | Hai mươi mốt triệu năm trăm nghìn đồng
            301500000           | Ba trăm linh một triệu năm trăm nghìn đồng
            1000000000          | Một tỷ đồng
            1005000000          | Một tỷ không trăm linh năm triệu đồng
            1000000005          | Một tỷ không trăm linh năm đồng
            1000000000000       | Một nghìn tỷ đồng
            1234000000000       | Một nghìn hai trăm ba mươi tư tỷ đồng
            9999999999999       | Chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng
            1000000000000000    | Một triệu tỷ đồng
            1000000000000000000 | Một tỷ tỷ đồng
            """)
    void amountInWords_followsInvoiceUsage(long amount, String words) {
        assertThat(VietnameseFormats.amountInWords(amount)).isEqualTo(words);
    }

    @Test
    void amountInWords_worksUpToTheLargestLong() {
        assertThat(VietnameseFormats.amountInWords(Long.MAX_VALUE)).isEqualTo("Chín tỷ hai trăm hai mươi ba triệu "
                + "ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm "
                + "nghìn tám trăm linh bảy đồng");
    }

    @Test
    void amountInWords_isInNfc() {
        String words = VietnameseFormats.amountInWords(1_234_567_891L);
        assertThat(Normalizer.isNormalized(words, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void amountInWords_negative_isRefused() {
        assertThatThrownBy(() -> VietnameseFormats.amountInWords(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0209: cannot write a negative amount in words: -1");
        assertThatThrownBy(() -> VietnameseFormats.numberInWords(Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("HIS-0209:");
    }

    @Test
    void numberInWords_isLowerCaseWithoutUnit() {
        assertThat(VietnameseFormats.numberInWords(0)).isEqualTo("không");
        assertThat(VietnameseFormats.numberInWords(21)).isEqualTo("hai mươi mốt");
        assertThat(VietnameseFormats.numberInWords(1_250_000)).isEqualTo("một triệu hai trăm năm mươi nghìn");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                    | 0 đ
            5                    | 5 đ
            999                  | 999 đ
            1000                 | 1.000 đ
            150000               | 150.000 đ
            1250000              | 1.250.000 đ
            -150000              | -150.000 đ
            9223372036854775807  | 9.223.372.036.854.775.807 đ
            -9223372036854775808 | -9.223.372.036.854.775.808 đ
            """)
    void money_groupsThousandsWithDots(long amount, String text) {
        assertThat(VietnameseFormats.money(amount)).isEqualTo(text);
    }

    @Test
    void number_groupsThousandsWithDots() {
        assertThat(VietnameseFormats.number(12)).isEqualTo("12");
        assertThat(VietnameseFormats.number(123_456)).isEqualTo("123.456");
        assertThat(VietnameseFormats.number(-1_234)).isEqualTo("-1.234");
    }

    @Test
    void dates_areDayMonthYearWithTwoDigits() {
        assertThat(VietnameseFormats.date(LocalDate.of(2026, 11, 23))).isEqualTo("23/11/2026");
        assertThat(VietnameseFormats.date(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(VietnameseFormats.dateTime(LocalDateTime.of(2026, 11, 23, 14, 5, 59))).isEqualTo("23/11/2026 14:05");
        assertThat(VietnameseFormats.dateTime(LocalDateTime.of(2026, 1, 5, 0, 0))).isEqualTo("05/01/2026 00:00");
    }

    @Test
    void longDate_padsDaysBelowTenAndMonthsOneAndTwo() {
        assertThat(VietnameseFormats.longDate(null, LocalDate.of(2026, 11, 23))).isEqualTo("Ngày 23 tháng 11 năm 2026");
        assertThat(VietnameseFormats.longDate("Cần Thơ", LocalDate.of(2026, 1, 5)))
                .isEqualTo("Cần Thơ, ngày 05 tháng 01 năm 2026");
        assertThat(VietnameseFormats.longDate("  ", LocalDate.of(2026, 2, 28))).isEqualTo("Ngày 28 tháng 02 năm 2026");
        assertThat(VietnameseFormats.longDate("Hà Nội", LocalDate.of(2026, 3, 9)))
                .isEqualTo("Hà Nội, ngày 09 tháng 3 năm 2026");
    }

    @Test
    void missingDates_areRefused() {
        assertThatThrownBy(() -> VietnameseFormats.date(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0200: date is required");
        assertThatThrownBy(() -> VietnameseFormats.dateTime(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseFormats.longDate("Cần Thơ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
