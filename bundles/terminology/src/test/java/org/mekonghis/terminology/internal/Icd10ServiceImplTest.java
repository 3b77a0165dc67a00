package org.mekonghis.terminology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.testing.InMemoryDatabase;
import org.mekonghis.platform.testing.fakes.FakeSecurityContext;
import org.mekonghis.terminology.api.Icd10Chapter;
import org.mekonghis.terminology.api.Icd10Code;
import org.mekonghis.terminology.api.Icd10Service;
import org.mekonghis.terminology.api.ImportResult;
import org.mekonghis.terminology.api.InvalidTerminologyException;

/**
 * The service on in-memory Derby databases migrated with the real changelog, seed included: one
 * shared by the tests that only read, a fresh one for each test that imports.
 */
class Icd10ServiceImplTest {
    private static InMemoryDatabase seeded;
    private InMemoryDatabase db;

    private final FakeSecurityContext security = FakeSecurityContext.signedIn("u1", "Bác sĩ An",
            Icd10Service.PERMISSION_READ, Icd10Service.PERMISSION_ADMIN);
    private final List<String> audited = new CopyOnWriteArrayList<>();
    private final AuditLog audit = (action, patientId, recordType, recordId, success, detail) -> audited.add(
            action + " " + patientId + " " + recordType + " " + success + " " + detail);
    private Icd10Service service;

    private static InMemoryDatabase migrated() {
        InMemoryDatabase database = InMemoryDatabase.create(TerminologyDatabase.UNIT, "terminology-test",
                TerminologyDatabase.CHANGELOG);
        new TerminologyDatabase(database);   // derives the seeded codes' search keys
        return database;
    }

    @BeforeAll
    static void migrateShared() {
        seeded = migrated();
    }

    @AfterAll
    static void dropShared() {
        seeded.close();
    }

    @BeforeEach
    void setUp() {
        db = seeded;
        service = new Icd10ServiceImpl(db, security, audit);
    }

    /** A database of its own for a test that changes the catalog. */
    private void useFreshDatabase() {
        db = migrated();
        service = new Icd10ServiceImpl(db, security, audit);
    }

    @AfterEach
    void dropFresh() {
        if (db != seeded) {
            db.close();
        }
    }

    @Test
    void seed_hasThe22Chapters_andEveryCommonCodeWithBothNames() {
        List<Icd10Chapter> chapters = service.chapters();
        assertThat(chapters).hasSize(22);
        assertThat(chapters.getFirst()).isEqualTo(new Icd10Chapter("I", "A00-B99", "Bệnh nhiễm trùng và kí sinh trùng",
                "Certain infectious and parasitic diseases"));
        assertThat(chapters.get(9)).extracting(Icd10Chapter::number, Icd10Chapter::codeRange).containsExactly("X", "J00-J99");
        assertThat(chapters.getLast()).extracting(Icd10Chapter::number, Icd10Chapter::codeRange)
                .containsExactly("XXII", "U00-U85");
        assertThat(db.count("SELECT COUNT(*) FROM trm_icd10_code")).isEqualTo(40);
        assertThat(db.count("SELECT COUNT(*) FROM trm_icd10_code WHERE name_en IS NULL OR search_key IS NULL")).isZero();
        assertThat(service.find("I10")).contains(new Icd10Code("I10", "Bệnh tăng huyết áp vô căn (nguyên phát)",
                "Essential (primary) hypertension", "IX", true));
        assertThat(service.find("U07.1")).get().extracting(Icd10Code::chapter).isEqualTo("XXII");
    }

    @Test
    void find_normalizesTheCode_andIsEmptyForUnknownOrMalformedOnes() {
        assertThat(service.find("e119")).get().extracting(Icd10Code::code, Icd10Code::nameVi, Icd10Code::billable)
                .containsExactly("E11.9", "Bệnh đái tháo đường týp 2, không có biến chứng", true);
        assertThat(service.find(" E11 ")).get().extracting(Icd10Code::billable).isEqualTo(false);
        assertThat(service.find("Z99.9")).isEmpty();
        assertThat(service.find("not a code")).isEmpty();
        assertThat(service.find(null)).isEmpty();
    }

    @Test
    void search_byWords_ignoresDiacriticsCaseAndOrder_matchingWordStarts() {
        assertThat(service.search("viem hong", 20)).extracting(Icd10Code::code).containsExactly("J00", "J02.9");
        assertThat(service.search("HỌNG viêm cấp", 20)).extracting(Icd10Code::code).containsExactly("J00", "J02.9");
        assertThat(service.search("dai thao", 20)).extracting(Icd10Code::code).containsExactly("E11", "E11.9");
        assertThat(service.search("pharyngitis", 20)).extracting(Icd10Code::code).containsExactly("J02.9");
        assertThat(service.search("common cold", 20)).extracting(Icd10Code::code).containsExactly("J00");
        assertThat(service.search("khong dac hieu", 3)).hasSize(3);
        assertThat(service.search("ong", 20)).as("a word matches the start of a word only").isEmpty();
        assertThat(service.search("   ", 20)).isEmpty();
        assertThat(service.search("%", 20)).isEmpty();
    }

    @Test
    void search_byCodePrefix_inAnySpelling() {
        assertThat(service.search("J0", 20)).extracting(Icd10Code::code).containsExactly("J00", "J02.9", "J03.9", "J06.9");
        assertThat(service.search("e11", 20)).extracting(Icd10Code::code).containsExactly("E11", "E11.9");
        assertThat(service.search("E119", 20)).extracting(Icd10Code::code).containsExactly("E11.9");
        assertThat(service.search("k29.", 20)).extracting(Icd10Code::code).containsExactly("K29.7");
        assertThat(service.search("J", 5)).as("one letter is a word, not a code").isEmpty();
    }

    @Test
    void search_refusesALimitOutOfRange() {
        for (int limit : new int[] {0, -1, 101}) {
            assertThatThrownBy(() -> service.search("viem", limit)).isInstanceOfSatisfying(
                    InvalidTerminologyException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("limit"));
        }
        assertThat(service.search("viem", 100)).isNotEmpty();
    }

    @Test
    void everyMethod_needsItsPermission() {
        security.signIn(FakeSecurityContext.user("u2", Icd10Service.PERMISSION_READ));
        assertThat(service.find("I10")).isPresent();
        assertThatThrownBy(() -> service.importCsv(new StringReader("code,name_vi\nR51,Đau đầu\n")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importXlsx(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(AccessDeniedException.class);
        security.signIn(FakeSecurityContext.user("u3", Icd10Service.PERMISSION_ADMIN));
        assertThatThrownBy(() -> service.find("I10")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.search("viem", 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.chapters()).isInstanceOf(AccessDeniedException.class);
        security.signIn(null);
        assertThatThrownBy(() -> service.find("I10")).isInstanceOf(AccessDeniedException.class);
        assertThat(audited).isEmpty();
    }

    @Test
    void csvImport_upsertsByCode_listsBadRows_keepsBillableRight_andAuditsOnce() {
        useFreshDatabase();
        ImportResult result = service.importCsv(new StringReader("""
                MA_BENH;TEN_BENH;TEN_TIENG_ANH
                J45;Hen;Asthma
                J45.0;Hen do dị ứng;Predominantly allergic asthma
                S72;Gãy xương đùi;Fracture of femur
                S72.0;Gãy cổ xương đùi;Fracture of neck of femur
                S72.00;Gãy cổ xương đùi, kín;
                I10;Bệnh lý tăng huyết áp vô căn (nguyên phát);
                R51;Đau đầu;Headache
                X99.9.9;Mã sai;
                """));

        assertThat(result.inserted()).isEqualTo(5);
        assertThat(result.updated()).as("I10 renamed; R51 unchanged").isEqualTo(1);
        assertThat(result.rejected()).extracting(FieldError::field, FieldError::messageKey, e -> e.arguments()[0])
                .containsExactly(tuple("code", "terminology.import.code.invalid", 9));
        assertThat(service.find("I10")).get().extracting(Icd10Code::nameVi, Icd10Code::nameEn)
                .containsExactly("Bệnh lý tăng huyết áp vô căn (nguyên phát)", "Essential (primary) hypertension");
        assertThat(service.find("J45")).get().extracting(Icd10Code::billable, Icd10Code::chapter)
                .containsExactly(false, "X");
        assertThat(service.find("J45.9")).get().extracting(Icd10Code::billable).isEqualTo(true);
        assertThat(service.find("S72")).get().extracting(Icd10Code::billable).isEqualTo(false);
        assertThat(service.find("S72.0")).get().extracting(Icd10Code::billable).isEqualTo(false);
        assertThat(service.find("S72.00")).get().extracting(Icd10Code::billable, Icd10Code::chapter)
                .containsExactly(true, "XIX");
        assertThat(service.search("gay co xuong dui", 10)).extracting(Icd10Code::code).containsExactly("S72.0", "S72.00");
        assertThat(audited).containsExactly(AuditAction.ADMINISTER
                + " null terminology.icd10 true ICD-10 import (csv): 5 inserted, 1 updated, 1 rows rejected");
        assertThat(db.committedEvents()).isEmpty();

        ImportResult again = service.importCsv(new StringReader("code,name_vi\nJ45,Hen\nK02,Sâu răng\n"));
        assertThat(again).isEqualTo(new ImportResult(0, 0, List.of()));
        assertThat(service.find("J45")).get().extracting(Icd10Code::billable).as("never billable again").isEqualTo(false);
        assertThat(service.find("K02")).get().extracting(Icd10Code::billable).isEqualTo(false);
    }

    @Test
    void aFileWithoutTheHeader_isRefusedWhole_storesNothing_andTheRefusalIsAudited() {
        useFreshDatabase();
        long before = db.count("SELECT COUNT(*) FROM trm_icd10_code");
        assertThatThrownBy(() -> service.importCsv(new StringReader("H52.2,Loạn thị\nH52.1,Cận thị\n")))
                .isInstanceOfSatisfying(InvalidTerminologyException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("terminology.error.import.header"));
        assertThat(db.count("SELECT COUNT(*) FROM trm_icd10_code")).isEqualTo(before);
        assertThat(audited).containsExactly(AuditAction.ADMINISTER
                + " null terminology.icd10 false ICD-10 import (csv) refused: terminology.error.import.header");
    }

    @Test
    void xlsxImport_readsTheFirstSheet_withNumbersAsText_andRowNumbersAsLines() throws IOException {
        useFreshDatabase();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Mekong HIS test", "1.0");
        Worksheet sheet = workbook.newWorksheet("ICD10");
        sheet.value(0, 0, "Mã bệnh");
        sheet.value(0, 1, "Tên bệnh");
        sheet.value(0, 2, "Chương");
        sheet.value(1, 0, "H52.2");
        sheet.value(1, 1, "Loạn thị");
        sheet.value(1, 2, 7);
        sheet.value(3, 0, "H5");
        sheet.value(3, 1, "Mã thiếu số");
        sheet.value(4, 0, "H52.0");   // no cell at all in the name column
        sheet.value(4, 2, "VII");
        workbook.finish();

        ImportResult result = service.importXlsx(new ByteArrayInputStream(out.toByteArray()));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.rejected()).extracting(FieldError::messageKey, e -> e.arguments()[0])
                .containsExactly(tuple("terminology.import.code.invalid", 4),
                        tuple("terminology.import.nameVi.required", 5));
        assertThat(service.find("h522")).get().extracting(Icd10Code::nameVi, Icd10Code::chapter, Icd10Code::billable)
                .containsExactly("Loạn thị", "VII", true);
    }

    @Test
    void somethingThatIsNotAWorkbook_isRefused() {
        assertThatThrownBy(() -> service.importXlsx(new ByteArrayInputStream("code,name_vi\n".getBytes(
                StandardCharsets.UTF_8)))).isInstanceOfSatisfying(InvalidTerminologyException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                                .containsExactly("terminology.error.import.unreadable"));
    }
}
