package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.platform.api.FieldError;

class CommuneCsvTest {
    private static final Set<String> PROVINCES = Set.of("01", "79");

    private static CommuneCsv.Parsed parse(String csv) {
        return CommuneCsv.parse(new StringReader(csv), PROVINCES::contains);
    }

    private static InvalidPatientException refused(String csv) {
        return catchThrowableOfType(InvalidPatientException.class, () -> parse(csv));
    }

    @Test
    void validRows_areRead_withQuotesAByteOrderMarkAndBlankLines() {
        CommuneCsv.Parsed parsed = parse("\uFEFFcode,name,provinceCode\r\n"
                + "00004,Phường Ba Đình,01\r\n"
                + "\r\n"
                + "\"26734\",\"Phường Sài Gòn, \"\"trung tâm\"\"\",79\n"
                + "00007 ,  Phường   Ngọc Hà ,01");
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.rows()).extracting(CommuneCsv.Row::line, CommuneCsv.Row::code, CommuneCsv.Row::name,
                CommuneCsv.Row::provinceCode).containsExactly(
                        tuple(2, "00004", "Phường Ba Đình", "01"),
                        tuple(4, "26734", "Phường Sài Gòn, \"trung tâm\"", "79"),
                        tuple(5, "00007", "Phường Ngọc Hà", "01"));
    }

    @Test
    void badRows_areListedWithTheirLineNumbers_andTheOthersKept() {
        CommuneCsv.Parsed parsed = parse("Code, Name, ProvinceCode\n"
                + "4,Phường Ba Đình,01\n"
                + "00004,Phường Ba Đình,01\n"
                + "00010,Phường X,99\n"
                + "00004,Phường Ba Đình lần hai,01\n"
                + "00013,,01\n"
                + "00016,Phường Y\n"
                + "\"00019,Phường Z,01\n"
                + "00022,Phường Kim Liên,01\n");
        assertThat(parsed.rows()).extracting(CommuneCsv.Row::code).containsExactly("00004", "00022");
        assertThat(parsed.rejected()).extracting(FieldError::field, FieldError::messageKey, e -> e.arguments()[0])
                .containsExactly(
                        tuple("code", "patient.import.code", 2),
                        tuple("provinceCode", "patient.import.province", 4),
                        tuple("code", "patient.import.repeated", 5),
                        tuple("name", "patient.import.nameRequired", 6),
                        tuple("", "patient.import.columns", 7),
                        tuple("", "patient.import.quotes", 8));
        assertThat(parsed.rejected().get(2).arguments()).containsExactly(5, "00004", 3);
    }

    @Test
    void inputWithoutTheHeader_isRefusedAsAWhole() {
        for (String csv : new String[] {"", "00004,Phường Ba Đình,01\n", "code;name;provinceCode\n00004;A;01",
                "{\"code\":\"00004\"}", "code,name\n00004,A"}) {
            InvalidPatientException e = refused(csv);
            assertThat(e).as(csv).isNotNull();
            assertThat(e.errors()).containsExactly(new FieldError("file", "patient.import.header", CommuneCsv.HEADER));
        }
    }

    @Test
    void tooLongNames_areRefused() {
        CommuneCsv.Parsed parsed = parse("code,name,provinceCode\n00004," + "A".repeat(101) + ",01\n");
        assertThat(parsed.rejected()).extracting(FieldError::messageKey).containsExactly("patient.import.nameTooLong");
    }
}
