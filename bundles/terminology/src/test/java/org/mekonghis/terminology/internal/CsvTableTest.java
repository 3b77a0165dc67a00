package org.mekonghis.terminology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.terminology.api.InvalidTerminologyException;

class CsvTableTest {

    private static List<SheetRow> read(String text) {
        return CsvTable.read(new StringReader(text), 100, 1_000_000);
    }

    @Test
    void commas_quotesAndLineBreaksInQuotes_keepTheLineEachRowStartsOn() {
        List<SheetRow> rows = read("code,name_vi\r\nJ00,\"Viêm mũi họng cấp [cảm thường]\"\r\n"
                + "K29,\"Viêm dạ dày\nvà tá tràng\"\nE11,\"Bệnh \"\"đái tháo đường\"\" týp 2\"\n");

        assertThat(rows).extracting(SheetRow::line, SheetRow::cells).containsExactly(
                tuple(1, List.of("code", "name_vi")),
                tuple(2, List.of("J00", "Viêm mũi họng cấp [cảm thường]")),
                tuple(3, List.of("K29", "Viêm dạ dày\nvà tá tràng")),
                tuple(5, List.of("E11", "Bệnh \"đái tháo đường\" týp 2")));
    }

    @Test
    void semicolonsOrTabs_areUsedWhenTheHeaderHasMoreOfThem_andTheByteOrderMarkIsSkipped() {
        assertThat(read("\uFEFFMA_BENH;TEN_BENH\nI10;Bệnh tăng huyết áp vô căn, (nguyên phát)\n"))
                .extracting(SheetRow::cells).containsExactly(List.of("MA_BENH", "TEN_BENH"),
                        List.of("I10", "Bệnh tăng huyết áp vô căn, (nguyên phát)"));
        assertThat(read("ma\tten\nR51\tĐau đầu")).extracting(SheetRow::cells)
                .containsExactly(List.of("ma", "ten"), List.of("R51", "Đau đầu"));
    }

    @Test
    void blankLines_areSkipped_butCountedInLineNumbers() {
        assertThat(read("code,name_vi\n\n,\nR51,Đau đầu\n\n")).extracting(SheetRow::line).containsExactly(1, 4);
    }

    @Test
    void anUnclosedQuote_refusesTheFileNamingTheLine() {
        assertThatThrownBy(() -> read("code,name_vi\nR51,\"Đau đầu\nR50.9,Sốt"))
                .isInstanceOfSatisfying(InvalidTerminologyException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey, f -> f.arguments()[0])
                        .containsExactly(tuple("terminology.error.import.unclosedQuote", 2)));
    }

    @Test
    void moreRowsThanAllowed_refusesTheFile() {
        StringBuilder csv = new StringBuilder("code,name_vi\n");
        for (int i = 0; i < 101; i++) {
            csv.append("R51,Đau đầu\n");
        }
        assertThatThrownBy(() -> read(csv.toString())).isInstanceOfSatisfying(InvalidTerminologyException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                        .containsExactly("terminology.error.import.tooManyRows"));
        assertThat(read(csv.substring(0, csv.length() - "R51,Đau đầu\n".length()))).hasSize(101);
    }
}
