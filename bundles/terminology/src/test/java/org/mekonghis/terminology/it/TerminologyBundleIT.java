package org.mekonghis.terminology.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.testing.TestDatabase;
import org.mekonghis.platform.testing.TestPlatform;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * The terminology bundle as a core bundle of the real platform, with security, on every supported
 * database: the seeded catalog over REST, CSV and Excel imports (the embedded workbook reader
 * resolving inside the framework), refused files in both languages, the import audit, and
 * authentication and permissions.
 */
class TerminologyBundleIT {
    private static final String BSN = "org.mekonghis.terminology";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORT = "/api/terminology/icd10/import";
    private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", null, "it");

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private TestPlatform start(TestDatabase db) throws Exception {
        TestPlatform p = TestPlatform.builder(home).database(db).withSecurity()
                .coreBundle(Path.of(System.getProperty("mekong.terminology.jar"))).start();
        assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
        TestPlatform.waitUntil(Duration.ofSeconds(10), () -> restUp(p), "terminology REST endpoint registered");
        return p;
    }

    private static boolean restUp(TestPlatform p) {
        try {
            return p.get("/api/terminology/icd10/chapters").statusCode() != 404;
        } catch (Exception e) {
            return false;
        }
    }

    private HttpResponse<String> send(TestPlatform p, String token, String method, String path, String contentType,
            byte[] body, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(TestPlatform p, String token, String path, String language) throws Exception {
        return send(p, token, "GET", path, null, null, language);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long auditEntries(TestPlatform p, boolean success) throws Exception {
        return p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'ADMINISTER' AND record_type ="
                + " 'terminology.icd10' AND patient_id IS NULL AND success = " + (success ? "TRUE" : "FALSE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void seededCatalog_isSearchedIgnoringDiacritics_andCodesAreFoundInAnySpelling(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();

            HttpResponse<String> found = get(p, token, "/api/terminology/icd10?q=" + q("viem hong"), null);
            assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
            assertThat(found.body()).startsWith("{\"items\":[").contains("{\"code\":\"J02.9\","
                    + "\"nameVi\":\"Viêm họng cấp, không đặc hiệu\",\"nameEn\":\"Acute pharyngitis, unspecified\","
                    + "\"chapter\":\"X\",\"billable\":true}").contains("\"code\":\"J00\"").doesNotContain("J03.9");
            assertThat(get(p, token, "/api/terminology/icd10?q=" + q("Đái tháo đường") + "&limit=1", null).body())
                    .contains("\"code\":\"E11\"").doesNotContain("E11.9");
            assertThat(get(p, token, "/api/terminology/icd10?q=j0", null).body()).contains("J00", "J02.9", "J03.9", "J06.9");

            HttpResponse<String> e119 = get(p, token, "/api/terminology/icd10/e119", null);
            assertThat(e119.statusCode()).isEqualTo(200);
            assertThat(e119.body()).contains("\"code\":\"E11.9\"").contains("không có biến chứng");
            assertThat(get(p, token, "/api/terminology/icd10/E11", null).body()).contains("\"billable\":false");

            HttpResponse<String> unknown = get(p, token, "/api/terminology/icd10/Z99.9", null);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("TRM-0003").contains("Không có mã ICD-10 Z99.9 trong danh mục.");
            assertThat(get(p, token, "/api/terminology/icd10/Z99.9", "en").body())
                    .contains("There is no ICD-10 code Z99.9 in the catalog.");

            HttpResponse<String> chapters = get(p, token, "/api/terminology/icd10/chapters", null);
            assertThat(chapters.statusCode()).isEqualTo(200);
            assertThat(chapters.body().split("\"number\"")).hasSize(23);
            assertThat(chapters.body()).contains("{\"number\":\"X\",\"codeRange\":\"J00-J99\",\"nameVi\":\"Bệnh hệ hô hấp\","
                    + "\"nameEn\":\"Diseases of the respiratory system\"}");

            HttpResponse<String> badLimit = get(p, token, "/api/terminology/icd10?q=viem&limit=101", "en");
            assertThat(badLimit.statusCode()).isEqualTo(400);
            assertThat(badLimit.body()).contains("\"field\":\"limit\"").contains("between 1 and 100");
            assertThat(get(p, token, "/api/terminology/icd10?limit=abc", null).statusCode()).isEqualTo(400);
            assertThat(send(p, token, "DELETE", "/api/terminology/icd10/I10", null, null, null).statusCode())
                    .isEqualTo(405);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void csvImport_storesTheGoodRows_listsTheBadOneByLine_andIsAuditedWithoutPatient(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            long codes = p.queryLong("SELECT COUNT(*) FROM trm_icd10_code");
            String csv = "\uFEFFMA_BENH;TEN_BENH;TEN_TIENG_ANH\r\n"
                    + "H52.2;Loạn thị;Astigmatism\r\n"
                    + "H52;Rối loạn khúc xạ và điều tiết;Disorders of refraction and accommodation\r\n"
                    + "H5X;Mã sai;\r\n"
                    + "I10;\"Bệnh lý tăng huyết áp; vô căn (nguyên phát)\";\r\n";

            HttpResponse<String> imported = send(p, token, "POST", IMPORT, "text/csv; charset=utf-8", utf8(csv), null);

            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(imported.body()).isEqualTo("{\"inserted\":2,\"updated\":1,\"rejected\":[{\"line\":4,\"field\":\"code\","
                    + "\"message\":\"Dòng 4: \\\"H5X\\\" không phải mã ICD-10 (ví dụ J00, E11.9).\"}]}");
            assertThat(p.queryLong("SELECT COUNT(*) FROM trm_icd10_code")).isEqualTo(codes + 2);
            assertThat(get(p, token, "/api/terminology/icd10/H52", null).body()).contains("\"billable\":false")
                    .contains("\"chapter\":\"VII\"");
            assertThat(get(p, token, "/api/terminology/icd10?q=" + q("loan thi"), null).body()).contains("H52.2");
            assertThat(get(p, token, "/api/terminology/icd10/I10", null).body())
                    .contains("Bệnh lý tăng huyết áp; vô căn (nguyên phát)").contains("Essential (primary) hypertension");
            assertThat(auditEntries(p, true)).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox")).as("imports publish nothing").isZero();

            HttpResponse<String> english = send(p, token, "POST", IMPORT, "text/csv", utf8("code,name_vi\nE11.9,\n"), "en");
            assertThat(english.body()).contains("\"inserted\":0").contains("Line 2: the Vietnamese name is missing.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void xlsxImport_isReadByTheEmbeddedReaderInsideTheFramework(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "Mekong HIS test", "1.0");
            Worksheet sheet = workbook.newWorksheet("ICD10");
            String[][] rows = {
                    {"STT", "Mã bệnh", "Tên bệnh", "Tên tiếng Anh", "Chương"},
                    {"1", "J45.0", "Hen do dị ứng", "Predominantly allergic asthma", "X"},
                    {"2", "j450", "Hen do dị ứng (lặp)", "", "X"},
                    {"3", "A15.0", "Lao phổi, có xác nhận bằng soi đờm", "Tuberculosis of lung", "I"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
            workbook.finish();

            HttpResponse<String> imported = send(p, token, "POST", IMPORT, XLSX, out.toByteArray(), "en");

            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(imported.body()).contains("\"inserted\":2,\"updated\":0")
                    .contains("{\"line\":3,\"field\":\"code\",\"message\":\"Line 3: the code J45.0 is already on line 2.\"}");
            assertThat(get(p, token, "/api/terminology/icd10/A15.0", null).body()).contains("\"chapter\":\"I\"")
                    .contains("Lao phổi");
            assertThat(get(p, token, "/api/terminology/icd10/J45.0", null).body()).contains("Hen do dị ứng\"");

            HttpResponse<String> notAWorkbook = send(p, token, "POST", IMPORT, XLSX, utf8("code,name_vi\n"), "en");
            assertThat(notAWorkbook.statusCode()).isEqualTo(400);
            assertThat(notAWorkbook.body()).contains("The file cannot be read.");
            assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFileWithoutTheHeader_isRefusedWith400InTheCallersLanguage_andStoresNothing(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            long codes = p.queryLong("SELECT COUNT(*) FROM trm_icd10_code");
            byte[] headless = utf8("H52.2,Loạn thị\nH52.0,Viễn thị\n");

            HttpResponse<String> vi = send(p, token, "POST", IMPORT, "text/csv", headless, null);
            assertThat(vi.statusCode()).isEqualTo(400);
            assertThat(vi.body()).contains("\"code\":\"TRM-0001\"").contains("\"field\":\"file\"")
                    .contains("Dòng tiêu đề thiếu cột bắt buộc: code, name_vi.");
            HttpResponse<String> en = send(p, token, "POST", IMPORT, "text/csv", headless, "en");
            assertThat(en.statusCode()).isEqualTo(400);
            assertThat(en.body()).contains("The header row lacks a required column: code, name_vi.");

            HttpResponse<String> latin1 = send(p, token, "POST", IMPORT, "text/csv",
                    "code,name_vi\nH52.0,Phòng khám".getBytes(StandardCharsets.ISO_8859_1), "en");
            assertThat(latin1.statusCode()).isEqualTo(400);
            assertThat(latin1.body()).contains("not UTF-8");
            HttpResponse<String> json = send(p, token, "POST", IMPORT, "application/json", utf8("{}"), "en");
            assertThat(json.statusCode()).isEqualTo(415);

            assertThat(p.queryLong("SELECT COUNT(*) FROM trm_icd10_code")).isEqualTo(codes);
            assertThat(auditEntries(p, false)).as("refused files are audited; wrong encodings never reach the service")
                    .isEqualTo(2);
            assertThat(auditEntries(p, true)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void withoutToken401_andWithoutThePermission403(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            assertThat(get(p, null, "/api/terminology/icd10?q=viem", null).statusCode()).isEqualTo(401);
            assertThat(get(p, null, "/api/terminology/icd10/I10", null).statusCode()).isEqualTo(401);
            assertThat(send(p, null, "POST", IMPORT, "text/csv", utf8("code,name_vi\nR51,Đau đầu\n"), null).statusCode())
                    .isEqualTo(401);

            // A partner system allowed to look codes up only. Its scopes must be declared permissions,
            // so issuing it also shows the bundle's permission contribution was picked up.
            String readOnly = issueApiClient(p, "emr-lookup", Set.of("terminology.read"));
            assertThat(get(p, readOnly, "/api/terminology/icd10/I10", null).statusCode()).isEqualTo(200);
            HttpResponse<String> denied = send(p, readOnly, "POST", IMPORT, "text/csv",
                    utf8("code,name_vi\nR51,Đau đầu (sửa)\n"), null);
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(get(p, readOnly, "/api/terminology/icd10/R51", null).body()).contains("\"nameVi\":\"Đau đầu\"");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'ACCESS_DENIED'")).isEqualTo(1);

            String importOnly = issueApiClient(p, "catalog-sync", Set.of("terminology.admin"));
            assertThat(get(p, importOnly, "/api/terminology/icd10?q=viem", null).statusCode()).isEqualTo(403);
        }
    }

    /** Issues an API client token through the security bundle's service, whose classes this class path lacks. */
    private static String issueApiClient(TestPlatform p, String name, Set<String> scopes) throws Exception {
        Principal admin = p.service(AuthenticationService.class).login("admin", TestPlatform.ADMIN_PASSWORD, CLIENT)
                .principal();
        Bundle security = p.bundle("org.mekonghis.security").orElseThrow();
        ServiceReference<?> ref = security.getBundleContext()
                .getServiceReference("org.mekonghis.security.api.ApiClientService");
        Object clients = security.getBundleContext().getService(ref);
        try {
            Object issued = p.service(SecurityContext.class).runAs(admin, CLIENT, () -> clients.getClass()
                    .getMethod("create", String.class, Set.class, java.time.Instant.class)
                    .invoke(clients, name, scopes, null));
            return (String) issued.getClass().getMethod("token").invoke(issued);
        } finally {
            security.getBundleContext().ungetService(ref);
        }
    }
}
