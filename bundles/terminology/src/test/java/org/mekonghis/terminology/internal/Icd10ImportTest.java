package org.mekonghis.terminology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.terminology.api.Icd10Chapter;
import org.mekonghis.terminology.api.InvalidTerminologyException;

class Icd10ImportTest {
    static final ChapterRanges CHAPTERS = new ChapterRanges(List.of(
            new Icd10Chapter("I", "A00-B99", "Bệnh nhiễm trùng và kí sinh trùng", "Certain infectious and parasitic diseases"),
            new Icd10Chapter("II", "C00-D48", "Bướu tân sinh", "Neoplasms"),
            new Icd10Chapter("III", "D50-D89", "Bệnh của máu", "Diseases of the blood"),
            new Icd10Chapter("IV", "E00-E90", "Bệnh nội tiết, dinh dưỡng và chuyển hóa", "Endocrine"),
            new Icd10Chapter("V", "F00-F99", "Bệnh rối loạn tâm thần và hành vi", "Mental"),
            new Icd10Chapter("VI", "G00-G99", "Bệnh hệ thần kinh", "Nervous system"),
            new Icd10Chapter("VII", "H00-H59", "Bệnh mắt và phần phụ", "Eye"),
            new Icd10Chapter("VIII", "H60-H95", "Bệnh tai và xương chũm", "Ear"),
            new Icd10Chapter("IX", "I00-I99", "Bệnh hệ tuần hoàn", "Circulatory system"),
            new Icd10Chapter("X", "J00-J99", "Bệnh hệ hô hấp", "Respiratory system")));

    private static Icd10Import.Parsed parse(String csv) {
        return Icd10Import.parse(CsvTable.read(new StringReader(csv), 1000, 1_000_000), CHAPTERS);
    }

    @Test
    void vietnameseHeaderAliases_inAnyCaseAndWithDiacritics_findTheColumns() {
        for (String header : List.of("MA_BENH,TEN_BENH,TEN_TIENG_ANH,CHUONG", "Mã bệnh,Tên bệnh,Tên tiếng Anh,Chương",
                "ma,ten,name_en,chapter", "code,name_vi,name_en,chapter", "ICD10 ,  Tên bệnh tiếng Việt,English,Số chương")) {
            Icd10Import.Parsed parsed = parse(header + "\nJ02.9,Viêm họng cấp,Acute pharyngitis,X\n");
            assertThat(parsed.rejected()).as(header).isEmpty();
            assertThat(parsed.entries()).as(header).containsExactly(
                    new Icd10Import.Entry(2, "J02.9", "Viêm họng cấp", "Acute pharyngitis", "X"));
        }
    }

    @Test
    void columnsMayComeInAnyOrder_amongOthers_andOptionalOnesMayBeMissing() {
        Icd10Import.Parsed parsed = parse("STT;TEN_BENH;GHI_CHU;MA_BENH\n1;Bệnh tăng huyết áp vô căn (nguyên phát);;i10\n");
        assertThat(parsed.entries()).containsExactly(
                new Icd10Import.Entry(2, "I10", "Bệnh tăng huyết áp vô căn (nguyên phát)", null, "IX"));
    }

    @Test
    void badRows_areRejectedWithTheirLineAndEveryReason_theOthersKept() {
        Icd10Import.Parsed parsed = parse("""
                code,name_vi,name_en,chapter
                J00,Viêm mũi họng cấp [cảm thường],Acute nasopharyngitis [common cold],X
                J0X,Không phải mã,,
                ,Thiếu mã,,
                E119,,Type 2 diabetes mellitus without complications,
                J00,Trùng mã,,
                A90,Sốt Dengue,,X
                J02.9,Viêm họng cấp,,XXX
                E11,"Bệnh đái tháo đường
                týp 2",,4
                """);

        assertThat(parsed.entries()).extracting(Icd10Import.Entry::line, Icd10Import.Entry::code,
                Icd10Import.Entry::nameVi, Icd10Import.Entry::chapter).containsExactly(
                        tuple(2, "J00", "Viêm mũi họng cấp [cảm thường]", "X"),
                        tuple(9, "E11", "Bệnh đái tháo đường týp 2", "IV"));
        assertThat(parsed.rejected()).extracting(FieldError::field, FieldError::messageKey, e -> List.of(e.arguments()))
                .containsExactly(
                        tuple("code", "terminology.import.code.invalid", List.of(3, "J0X")),
                        tuple("code", "terminology.import.code.required", List.of(4)),
                        tuple("name_vi", "terminology.import.nameVi.required", List.of(5)),
                        tuple("code", "terminology.import.code.duplicate", List.of(6, "J00", 2)),
                        tuple("chapter", "terminology.import.chapter.mismatch", List.of(7, "A90", "X", "I")),
                        tuple("chapter", "terminology.import.chapter.unknown", List.of(8, "XXX")));
    }

    @Test
    void aCodeOutsideEveryChapter_isRejected() {
        assertThat(parse("code,name_vi\nZ00.0,Khám sức khỏe tổng quát\n").rejected())
                .extracting(FieldError::messageKey).containsExactly("terminology.import.code.noChapter");
    }

    @Test
    void aHeaderWithoutTheCodeOrTheVietnameseName_refusesTheWholeFile() {
        assertThatThrownBy(() -> parse("J00,Viêm mũi họng cấp [cảm thường]\nI10,Bệnh tăng huyết áp\n"))
                .isInstanceOfSatisfying(InvalidTerminologyException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey, f -> List.of(f.arguments()))
                        .containsExactly(tuple("file", "terminology.error.import.header", List.of("code, name_vi"))));
        assertThatThrownBy(() -> parse("code,name_en\nJ00,Acute nasopharyngitis\n"))
                .isInstanceOfSatisfying(InvalidTerminologyException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.arguments()[0]).containsExactly("name_vi"));
    }

    @Test
    void aFileWithOnlyAHeader_orNothing_isRefused() {
        assertThatThrownBy(() -> parse("code,name_vi\n\n")).isInstanceOfSatisfying(InvalidTerminologyException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                        .containsExactly("terminology.error.import.empty"));
        assertThatThrownBy(() -> parse("")).isInstanceOf(InvalidTerminologyException.class);
    }

    @Test
    void tooLongNames_areRejected() {
        String longName = "x".repeat(Icd10Import.NAME_MAX_LENGTH + 1);
        assertThat(parse("code,name_vi,name_en\nJ00,Viêm mũi họng cấp," + longName + "\n").rejected())
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("name_en", "terminology.import.name.tooLong"));
    }

    @Test
    void chapters_areReadAsRomanOrArabicNumbers_withOrWithoutTheWordChapter() {
        assertThat(CHAPTERS.parse("X")).contains("X");
        assertThat(CHAPTERS.parse("x")).contains("X");
        assertThat(CHAPTERS.parse("10")).contains("X");
        assertThat(CHAPTERS.parse("10.0")).contains("X");
        assertThat(CHAPTERS.parse("Chương IV")).contains("IV");
        assertThat(CHAPTERS.parse("Chapter 4")).contains("IV");
        assertThat(CHAPTERS.parse("11")).isEmpty();
        assertThat(CHAPTERS.parse("0")).isEmpty();
        assertThat(CHAPTERS.parse("XL")).isEmpty();
        assertThat(CHAPTERS.of("H60.1")).contains("VIII");
        assertThat(CHAPTERS.of("H59")).contains("VII");
        assertThat(CHAPTERS.of("D49")).isEmpty();
    }
}
