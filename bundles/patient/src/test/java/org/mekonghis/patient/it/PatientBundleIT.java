package org.mekonghis.patient.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

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
 * The patient bundle as a core bundle of the real platform, with security, on every supported
 * database: registration, fetch and search over REST, refused input that stores nothing,
 * duplicates, concurrent code generation, the read audit and authentication, updates with their
 * history, voiding, unidentified emergency patients and merging, likely duplicates, photos, the
 * catalogs and the commune import, guardians, and the demo data.
 */
class PatientBundleIT {
    private static final String BSN = "org.mekonghis.patient";
    private static final Pattern CODE = Pattern.compile("\"code\":\"(BN\\d{8})\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f\\-]{36})\"");

    private static final String AN = """
            {"fullName":"Nguyễn Văn An","birthDate":"1985-05-20","sex":"MALE","cccd":"001085012345",
             "insuranceCard":{"number":"HS4010120878811","validFrom":"2026-01-01","validTo":"2026-12-31",
                              "facilityCode":"01001"},
             "phone":"0901234567","address":{"provinceCode":"01","communeCode":"00004","street":"12 Phố Huế"}}""";

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private static Path patientJar() {
        return Path.of(System.getProperty("mekong.patient.jar"));
    }

    private TestPlatform start(TestDatabase db) throws Exception {
        TestPlatform p = TestPlatform.builder(home).database(db).withSecurity().coreBundle(patientJar()).start();
        assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
        TestPlatform.waitUntil(java.time.Duration.ofSeconds(10), () -> restUp(p), "patient REST endpoint registered");
        return p;
    }

    private static boolean restUp(TestPlatform p) {
        try {
            return p.get("/api/patient/patients").statusCode() != 404;
        } catch (Exception e) {
            return false;
        }
    }

    private HttpResponse<String> send(TestPlatform p, String token, String method, String path, String json,
            String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p.baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("%s in %s", pattern, body).isTrue();
        return m.group(1);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void registeredPatient_isFetched_andFoundByNameInAnyOrderWithoutDiacritics(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            p.signInAsAdmin();
            HttpResponse<String> created = p.post("/api/patient/patients", AN);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = first(ID, created.body());
            String code = first(CODE, created.body());
            assertThat(created.body()).contains("\"fullName\":\"Nguyễn Văn An\"");
            p.post("/api/patient/patients", "{\"fullName\":\"Trần Thị Bình\",\"birthYear\":1950,\"sex\":\"FEMALE\"}");

            HttpResponse<String> fetched = p.get("/api/patient/patients/" + id);
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(fetched.body()).contains(code).contains("\"birthDate\":\"1985-05-20\"")
                    .contains("\"number\":\"HS4010120878811\"");
            assertThat(p.get("/api/patient/patients/no-such-id").statusCode()).isEqualTo(404);

            for (String query : List.of("nguyen van an", "an nguyen", "  NGUYỄN   an ", "ngu v", code, "0901234567",
                    "001085012345", "HS4010120878811")) {
                HttpResponse<String> found = p.get("/api/patient/patients?q=" + q(query));
                assertThat(found.statusCode()).isEqualTo(200);
                assertThat(found.body()).as("search %s", query).contains("\"total\":1").contains(id);
            }
            assertThat(p.get("/api/patient/patients?q=" + q("an nguyen") + "&birthYear=1986").body())
                    .contains("\"total\":0");
            assertThat(p.get("/api/patient/patients?q=&sex=FEMALE").body()).contains("\"total\":1")
                    .contains("Trần Thị Bình");
            assertThat(p.get("/api/patient/patients?size=1&page=1").body()).contains("\"total\":2");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientRegistered'"))
                    .isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void invalidInput_isRefusedWithFieldErrorsInTheCallersLanguage_andStoresNothing(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            assertThat(p.post("/api/patient/patients", AN).statusCode()).isEqualTo(201);
            long before = p.queryLong("SELECT COUNT(*) FROM pat_patient");

            HttpResponse<String> badCccd = send(p, token, "POST", "/api/patient/patients",
                    AN.replace("001085012345", "001185099999").replace("HS4010120878811", "HS4010120870000"), null);
            assertThat(badCccd.statusCode()).isEqualTo(400);
            assertThat(badCccd.body()).contains("\"field\":\"cccd\"").contains("giới tính");

            HttpResponse<String> badCard = send(p, token, "POST", "/api/patient/patients",
                    AN.replace("001085012345", "001085099999").replace("HS4010120878811", "HS9010120878811"), "en");
            assertThat(badCard.statusCode()).isEqualTo(400);
            assertThat(badCard.body()).contains("\"field\":\"insuranceCard.number\"").contains("15 characters");

            HttpResponse<String> badName = send(p, token, "POST", "/api/patient/patients",
                    "{\"fullName\":\"   \",\"birthYear\":1990,\"sex\":\"MALE\",\"phone\":\"12345\"}", "vi");
            assertThat(badName.statusCode()).isEqualTo(400);
            assertThat(badName.body()).contains("\"field\":\"fullName\"").contains("\"field\":\"phone\"")
                    .contains("Vui lòng nhập họ và tên.");

            HttpResponse<String> unknown = send(p, token, "POST", "/api/patient/patients",
                    "{\"fullName\":\"Lê Văn Cường\",\"birthYear\":1990,\"sex\":\"MALE\",\"nickname\":\"Cu\"}", "en");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("\"field\":\"nickname\"");

            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient")).isEqualTo(before);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientRegistered'"))
                    .isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void duplicateCccd_isRefusedWith409NamingTheExistingPatient(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            p.signInAsAdmin();
            String code = first(CODE, p.post("/api/patient/patients", AN).body());

            HttpResponse<String> again = p.post("/api/patient/patients",
                    AN.replace("HS4010120878811", "DN4790123456789").replace("Nguyễn Văn An", "Nguyễn Văn Ân"));
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("\"existingPatientCode\":\"" + code + "\"").contains(code);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentRegistrations_getDistinctCodes(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    String body = "{\"fullName\":\"Phạm Văn Số " + (char) ('A' + i) + "\",\"birthYear\":1970,"
                            + "\"sex\":\"MALE\"}";
                    answers.add(pool.submit(() -> send(p, token, "POST", "/api/patient/patients", body, null)));
                }
                Set<String> codes = new HashSet<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> r = answer.get();
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                    codes.add(first(CODE, r.body()));
                }
                assertThat(codes).hasSize(20);
            } finally {
                pool.shutdownNow();
            }
            assertThat(p.queryLong("SELECT COUNT(DISTINCT code) FROM pat_patient")).isEqualTo(20);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachFetch_writesOneReadAuditEntry_andNoTokenGets401(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            p.signInAsAdmin();
            String id = first(ID, p.post("/api/patient/patients", AN).body());
            String reads = "SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND patient_id = '" + id + "'";
            assertThat(p.queryLong(reads)).isZero();
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'CREATE' AND patient_id = '" + id
                    + "'")).isEqualTo(1);

            p.get("/api/patient/patients/" + id);
            p.get("/api/patient/patients/" + id);
            assertThat(p.queryLong(reads)).isEqualTo(2);

            p.useToken(null);
            assertThat(p.get("/api/patient/patients/" + id).statusCode()).isEqualTo(401);
            assertThat(p.get("/api/patient/patients?q=an").statusCode()).isEqualTo(401);
            assertThat(p.post("/api/patient/patients", AN).statusCode()).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void update_replacesTheFields_keepsHistoryPerChangedField_publishesAndAudits(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            HttpResponse<String> created = p.post("/api/patient/patients", AN);
            String id = first(ID, created.body());
            String code = first(CODE, created.body());
            String changedJson = AN.replace("Nguyễn Văn An", "Nguyễn Văn Anh").replace("0901234567", "0912345678")
                    .replace("12 Phố Huế", "34 Hàng Bài");

            HttpResponse<String> updated = send(p, token, "PUT", "/api/patient/patients/" + id, changedJson, null);
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            assertThat(updated.body()).contains("\"id\":\"" + id + "\"").contains("\"code\":\"" + code + "\"")
                    .contains("\"fullName\":\"Nguyễn Văn Anh\"").contains("\"phone\":\"0912345678\"")
                    .contains("\"street\":\"34 Hàng Bài\"").contains("\"voided\":false");

            String changes = "SELECT COUNT(*) FROM pat_patient_change WHERE patient_id = '" + id + "'";
            assertThat(p.queryLong(changes)).isEqualTo(3);
            assertThat(p.queryLong(changes + " AND field = 'phone' AND old_value = '0901234567'"
                    + " AND new_value = '0912345678' AND changed_by IS NOT NULL AND changed_at IS NOT NULL"))
                    .isEqualTo(1);
            assertThat(p.queryLong(changes + " AND field = 'fullName' AND old_value = 'Nguyễn Văn An'"
                    + " AND new_value = 'Nguyễn Văn Anh'")).isEqualTo(1);
            assertThat(p.queryLong(changes + " AND field = 'address.street' AND old_value = '12 Phố Huế'"
                    + " AND new_value = '34 Hàng Bài'")).isEqualTo(1);

            String updatedEvents = "SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientUpdated'";
            assertThat(p.queryLong(updatedEvents)).isEqualTo(1);
            assertThat(p.queryLong(updatedEvents + " AND payload LIKE '%fullName%' AND payload LIKE '%phone%'"
                    + " AND payload LIKE '%address.street%' AND payload LIKE '%" + id + "%'")).isEqualTo(1);
            assertThat(p.queryLong(updatedEvents + " AND payload LIKE '%0912345678%'")).as("no values in events")
                    .isZero();
            String updates = "SELECT COUNT(*) FROM plt_audit WHERE action = 'UPDATE' AND patient_id = '" + id + "'";
            assertThat(p.queryLong(updates)).isEqualTo(1);

            // the new name is found, the old one no longer
            assertThat(p.get("/api/patient/patients?q=" + q("anh nguyen")).body()).contains("\"total\":1");
            assertThat(p.get("/api/patient/patients?q=" + q("nguyen van an ")).body()).contains("\"total\":1");
            assertThat(p.get("/api/patient/patients?q=0901234567").body()).contains("\"total\":0");

            String reads = "SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND patient_id = '" + id + "'";
            long readsBefore = p.queryLong(reads);
            HttpResponse<String> history = p.get("/api/patient/patients/" + id + "/history");
            assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
            assertThat(history.body()).startsWith("[")
                    .contains("\"field\":\"phone\",\"oldValue\":\"0901234567\",\"newValue\":\"0912345678\"")
                    .contains("\"field\":\"fullName\",\"oldValue\":\"Nguyễn Văn An\",\"newValue\":\"Nguyễn Văn Anh\"")
                    .contains("\"at\":\"").contains("\"by\":\"");
            assertThat(p.queryLong(reads)).isEqualTo(readsBefore + 1);

            // the same values again change nothing: no history, event or audit entry
            HttpResponse<String> same = send(p, token, "PUT", "/api/patient/patients/" + id, changedJson, null);
            assertThat(same.statusCode()).isEqualTo(200);
            assertThat(p.queryLong(changes)).isEqualTo(3);
            assertThat(p.queryLong(updatedEvents)).isEqualTo(1);
            assertThat(p.queryLong(updates)).isEqualTo(1);

            // a full replacement: fields left out are cleared, and the history says so
            HttpResponse<String> cleared = send(p, token, "PUT", "/api/patient/patients/" + id,
                    "{\"fullName\":\"Nguyễn Văn Anh\",\"birthDate\":\"1985-05-20\",\"sex\":\"MALE\","
                            + "\"cccd\":\"001085012345\"}", null);
            assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
            assertThat(cleared.body()).contains("\"phone\":null").contains("\"insuranceCard\":null")
                    .contains("\"address\":null");
            assertThat(p.queryLong(changes + " AND field = 'phone' AND old_value = '0912345678'"
                    + " AND new_value IS NULL")).isEqualTo(1);
            assertThat(p.queryLong(updatedEvents)).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusedUpdates_answer400_404_or409NamingTheHolder_andStoreNothing(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            String anCode = first(CODE, p.post("/api/patient/patients", AN).body());
            HttpResponse<String> binh = p.post("/api/patient/patients",
                    "{\"fullName\":\"Trần Thị Bình\",\"birthYear\":1950,\"sex\":\"FEMALE\"}");
            String binhId = first(ID, binh.body());
            String binhPath = "/api/patient/patients/" + binhId;

            HttpResponse<String> invalid = send(p, token, "PUT", binhPath,
                    "{\"fullName\":\"  \",\"birthYear\":1950,\"sex\":\"FEMALE\",\"phone\":\"12\"}", "en");
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.body()).contains("\"field\":\"fullName\"").contains("\"field\":\"phone\"")
                    .contains("Enter the full name.");
            HttpResponse<String> invalidVi = send(p, token, "PUT", binhPath,
                    "{\"fullName\":\"Trần Thị Bình\",\"birthYear\":1950,\"sex\":\"FEMALE\",\"nickname\":\"B\"}",
                    null);
            assertThat(invalidVi.statusCode()).isEqualTo(400);
            assertThat(invalidVi.body()).contains("\"field\":\"nickname\"");

            // Bình (female, 1950) takes a CCCD and a card An already holds
            HttpResponse<String> takenCccd = send(p, token, "PUT", binhPath,
                    "{\"fullName\":\"Trần Thị Bình\",\"birthYear\":1985,\"sex\":\"MALE\",\"cccd\":\"001085012345\"}",
                    "en");
            assertThat(takenCccd.statusCode()).as(takenCccd.body()).isEqualTo(409);
            assertThat(takenCccd.body()).contains("\"field\":\"cccd\"")
                    .contains("\"existingPatientCode\":\"" + anCode + "\"").contains("patient " + anCode);
            HttpResponse<String> takenCard = send(p, token, "PUT", binhPath,
                    "{\"fullName\":\"Trần Thị Bình\",\"birthYear\":1950,\"sex\":\"FEMALE\",\"insuranceCard\":"
                            + "{\"number\":\"HS4010120878811\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\","
                            + "\"facilityCode\":\"01001\"}}", null);
            assertThat(takenCard.statusCode()).as(takenCard.body()).isEqualTo(409);
            assertThat(takenCard.body()).contains("\"field\":\"insuranceCard.number\"")
                    .contains("\"existingPatientCode\":\"" + anCode + "\"");

            HttpResponse<String> unknown = send(p, token, "PUT", "/api/patient/patients/no-such-id",
                    "{\"fullName\":\"Trần Thị Bình\",\"birthYear\":1950,\"sex\":\"FEMALE\"}", null);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(p.get("/api/patient/patients/no-such-id/history").statusCode()).isEqualTo(404);
            assertThat(send(p, token, "DELETE", binhPath, null, null).statusCode()).isEqualTo(405);

            assertThat(p.get(binhPath).body()).contains("\"fullName\":\"Trần Thị Bình\"").contains("\"cccd\":null");
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient_change")).isZero();
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientUpdated'")).isZero();
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'UPDATE'")).isZero();
            assertThat(p.get(binhPath + "/history").body()).isEqualTo("[]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void voiding_needsAReason_hidesFromSearch_keepsTheRecord_andBlocksFurtherChanges(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            String id = first(ID, p.post("/api/patient/patients", AN).body());
            String path = "/api/patient/patients/" + id;
            String voidedEvents = "SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientVoided'";
            String voids = "SELECT COUNT(*) FROM plt_audit WHERE action = 'VOID' AND patient_id = '" + id + "'";

            HttpResponse<String> noReason = send(p, token, "POST", path + "/void", "{\"reason\":\"   \"}", null);
            assertThat(noReason.statusCode()).isEqualTo(400);
            assertThat(noReason.body()).contains("\"field\":\"reason\"").contains("Vui lòng nhập lý do");
            assertThat(send(p, token, "POST", path + "/void", "{}", "en").body())
                    .contains("Enter the reason for voiding the record.");
            assertThat(send(p, token, "POST", path + "/void", "{\"why\":\"x\"}", "en").statusCode()).isEqualTo(400);
            assertThat(p.queryLong(voidedEvents)).isZero();
            assertThat(p.queryLong(voids)).isZero();

            HttpResponse<String> voided = send(p, token, "POST", path + "/void",
                    "{\"reason\":\"Đăng ký trùng với hồ sơ khác\"}", null);
            assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
            assertThat(voided.body()).contains("\"voided\":true")
                    .contains("\"voidReason\":\"Đăng ký trùng với hồ sơ khác\"");
            assertThat(p.queryLong(voidedEvents)).isEqualTo(1);
            assertThat(p.queryLong(voidedEvents + " AND payload LIKE '%" + id + "%'")).isEqualTo(1);
            assertThat(p.queryLong(voidedEvents + " AND payload LIKE '%trùng%'")).as("no reason in events").isZero();
            assertThat(p.queryLong(voids)).isEqualTo(1);

            // kept, fetched by id, but out of searches unless asked for
            assertThat(p.get(path).statusCode()).isEqualTo(200);
            assertThat(p.get("/api/patient/patients?q=" + q("nguyen van an")).body()).contains("\"total\":0");
            assertThat(p.get("/api/patient/patients?q=001085012345").body()).contains("\"total\":0");
            assertThat(p.get("/api/patient/patients?q=" + q("nguyen van an") + "&includeVoided=true").body())
                    .contains("\"total\":1").contains(id);
            assertThat(p.get(path + "/history").body()).contains("\"field\":\"voided\"")
                    .contains("\"field\":\"voidReason\",\"oldValue\":null,\"newValue\":\"Đăng ký trùng với hồ sơ khác\"");

            HttpResponse<String> again = send(p, token, "POST", path + "/void", "{\"reason\":\"lần nữa\"}", "en");
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("PAT-0004").contains("voided");
            HttpResponse<String> update = send(p, token, "PUT", path, AN.replace("0901234567", "0912345678"), null);
            assertThat(update.statusCode()).isEqualTo(409);
            assertThat(update.body()).contains("PAT-0004");
            assertThat(send(p, token, "POST", "/api/patient/patients/no-such-id/void", "{\"reason\":\"x\"}", null)
                    .statusCode()).isEqualTo(404);

            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient")).isEqualTo(1);
            assertThat(p.queryLong(voidedEvents)).isEqualTo(1);
            assertThat(p.queryLong(voids)).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientUpdated'")).isZero();
            assertThat(p.get(path).body()).contains("\"phone\":\"0901234567\"");
            // the citizen id stays taken by the voided record
            assertThat(p.post("/api/patient/patients", AN).statusCode()).isEqualTo(409);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void demoData_registersFiveHundredValidPatients_mostlyFoundByFamilyName(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).withSecurity().coreBundle(patientJar())
                        .setting("demo.enabled", "true").start()) {
            assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
            TestPlatform.waitUntil(java.time.Duration.ofSeconds(60),
                    () -> demoLoaded(p) || failure(p) != null, "patient demo data loaded or failed");
            assertThat(failure(p)).isNull();
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient")).isEqualTo(500);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient WHERE cccd IS NOT NULL")).isGreaterThan(200);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient WHERE card_number IS NOT NULL"))
                    .isGreaterThan(150);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientRegistered'"))
                    .isEqualTo(500);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient WHERE ethnicity_code = '01'")).isBetween(400L, 495L);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient WHERE guardian_name IS NOT NULL"))
                    .isGreaterThan(20);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient WHERE nationality_code <> 'VN'")).isPositive();
            assertThat(p.queryLong("SELECT COUNT(DISTINCT patient_id) FROM pat_duplicate_key")).isEqualTo(500);

            p.signInAsAdmin();
            HttpResponse<String> nguyen = p.get("/api/patient/patients?q=nguyen&size=1");
            assertThat(nguyen.statusCode()).isEqualTo(200);
            Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(nguyen.body());
            assertThat(total.find()).as(nguyen.body()).isTrue();
            assertThat(Long.parseLong(total.group(1))).isGreaterThan(150);
        }
    }

    private static final String PATIENTS = "/api/patient/patients";
    private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", null, "it");

    /** A partner token holding exactly {@code scopes}, issued through the security bundle's ApiClientService. */
    private static String apiClientToken(TestPlatform p, Set<String> scopes) throws Exception {
        Principal admin = p.service(AuthenticationService.class).login("admin", TestPlatform.ADMIN_PASSWORD, CLIENT)
                .principal();
        // The security bundle's API classes are not on this class path: call its service reflectively.
        Bundle security = p.bundle("org.mekonghis.security").orElseThrow();
        ServiceReference<?> ref = security.getBundleContext()
                .getServiceReference("org.mekonghis.security.api.ApiClientService");
        Object clients = security.getBundleContext().getService(ref);
        try {
            Object issued = p.service(SecurityContext.class).runAs(admin, CLIENT, () -> clients.getClass()
                    .getMethod("create", String.class, Set.class, Instant.class)
                    .invoke(clients, "desk-without-merge", scopes, null));
            return (String) issued.getClass().getMethod("token").invoke(issued);
        } finally {
            security.getBundleContext().ungetService(ref);
        }
    }

    private HttpResponse<String> sendBytes(TestPlatform p, String token, String method, String path, byte[] body,
            String contentType, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token);
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] png(int width, int height) throws java.io.IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x00aa55);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void execute(TestPlatform p, String sql) throws SQLException {
        try (Connection c = p.platform().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unidentifiedPatient_isMergedIntoTheRealRecord_keepingBothRecordsAndHistories(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            int year = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
            // the real record, without phone or card
            String real = first(ID, p.post(PATIENTS, "{\"fullName\":\"Nguyễn Văn An\",\"birthDate\":\"1985-05-20\","
                    + "\"sex\":\"MALE\",\"cccd\":\"001085012345\"}").body());

            HttpResponse<String> unidentified = p.post(PATIENTS + "/unidentified",
                    "{\"sex\":\"MALE\",\"approximateAge\":40,\"description\":\"Áo sơ mi xanh, tìm thấy ở bến xe\"}");
            assertThat(unidentified.statusCode()).as(unidentified.body()).isEqualTo(201);
            assertThat(unidentified.body()).contains("\"fullName\":\"Chưa rõ danh tính (nam, khoảng 40 tuổi)\"")
                    .contains("\"unidentified\":true").contains("\"birthYear\":" + (year - 40))
                    .contains("\"nationalityCode\":null").contains("\"birthDate\":null");
            String u = first(ID, unidentified.body());
            assertThat(unidentified.headers().firstValue("Location").orElseThrow()).endsWith("/patients/" + u);
            assertThat(p.get(PATIENTS + "/" + u + "/history").body())
                    .contains("\"field\":\"description\",\"oldValue\":null,\"newValue\":\"Áo sơ mi xanh, tìm thấy ở bến xe\"");
            HttpResponse<String> noAge = p.post(PATIENTS + "/unidentified", "{}");
            assertThat(noAge.statusCode()).isEqualTo(201);
            assertThat(noAge.body()).contains("\"fullName\":\"Chưa rõ danh tính\"").contains("\"birthYear\":0")
                    .contains("\"sex\":\"UNKNOWN\"");
            assertThat(send(p, token, "POST", PATIENTS + "/unidentified", "{\"approximateAge\":130}", "en").body())
                    .contains("\"field\":\"approximateAge\"").contains("from 0 to 120");

            // the emergency desk adds a phone, keeping the generated name: it stays unidentified
            HttpResponse<String> phone = send(p, token, "PUT", PATIENTS + "/" + u, "{\"fullName\":"
                    + "\"Chưa rõ danh tính (nam, khoảng 40 tuổi)\",\"birthYear\":" + (year - 40)
                    + ",\"sex\":\"MALE\",\"phone\":\"0987654321\"}", null);
            assertThat(phone.statusCode()).as(phone.body()).isEqualTo(200);
            assertThat(phone.body()).contains("\"unidentified\":true").contains("\"phone\":\"0987654321\"");
            assertThat(sendBytes(p, token, "PUT", PATIENTS + "/" + u + "/photo", png(8, 8), "image/png", null)
                    .statusCode()).isEqualTo(204);

            // a desk user without patient.merge is refused
            String desk = apiClientToken(p, Set.of("patient.read", "patient.register", "patient.update"));
            HttpResponse<String> denied = send(p, desk, "POST", PATIENTS + "/" + real + "/merge",
                    "{\"duplicateId\":\"" + u + "\",\"reason\":\"Đã xác định danh tính\"}", null);
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'ACCESS_DENIED'")).isEqualTo(1);
            assertThat(send(p, token, "POST", PATIENTS + "/" + real + "/merge", "{\"duplicateId\":\"" + u + "\"}",
                    "en").body()).contains("\"field\":\"reason\"").contains("Enter the reason for merging");

            HttpResponse<String> merged = send(p, token, "POST", PATIENTS + "/" + real + "/merge",
                    "{\"duplicateId\":\"" + u + "\",\"reason\":\"Đã xác định danh tính\"}", null);
            assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
            assertThat(merged.body()).contains("\"id\":\"" + real + "\"").contains("\"fullName\":\"Nguyễn Văn An\"")
                    .contains("\"phone\":\"0987654321\"").contains("\"hasPhoto\":true").contains("\"status\":\"ACTIVE\"")
                    .contains("\"mergedIntoId\":null");

            HttpResponse<String> duplicate = p.get(PATIENTS + "/" + u);
            assertThat(duplicate.statusCode()).isEqualTo(200);
            assertThat(duplicate.body()).contains("\"mergedIntoId\":\"" + real + "\"").contains("\"status\":\"MERGED\"");
            assertThat(p.get(PATIENTS + "/" + u + "/history").body()).contains("\"field\":\"description\"")
                    .contains("\"field\":\"mergedIntoId\",\"oldValue\":null,\"newValue\":\"" + real + "\"")
                    .contains("\"field\":\"mergeReason\",\"oldValue\":null,\"newValue\":\"Đã xác định danh tính\"");
            assertThat(p.get(PATIENTS + "/" + real + "/history").body())
                    .contains("\"field\":\"phone\",\"oldValue\":null,\"newValue\":\"0987654321\"")
                    .contains("\"field\":\"photo\"").contains("\"field\":\"mergedFrom\"");
            String mergedEvents = "SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientMerged'";
            assertThat(p.queryLong(mergedEvents + " AND payload LIKE '%" + real + "%' AND payload LIKE '%" + u + "%'"))
                    .isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'MERGE'")).isEqualTo(2);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'patient.PatientUpdated'"
                    + " AND payload LIKE '%" + real + "%' AND payload LIKE '%phone%'")).as("the survivor took fields")
                    .isEqualTo(1);
            assertThat(p.get(PATIENTS + "/" + real + "/photo").statusCode()).isEqualTo(200);

            // out of searches unless asked for
            assertThat(p.get(PATIENTS + "?q=" + q("chua ro danh tinh nam")).body()).contains("\"total\":0");
            assertThat(p.get(PATIENTS + "?q=" + q("chua ro danh tinh nam") + "&includeVoided=true").body())
                    .contains("\"total\":1").contains(u);

            // refused: again, into itself, into or from a voided record, identified into unidentified
            HttpResponse<String> again = send(p, token, "POST", PATIENTS + "/" + real + "/merge",
                    "{\"duplicateId\":\"" + u + "\",\"reason\":\"lần nữa\"}", "en");
            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.body()).contains("PAT-0007").contains("merged into another record");
            HttpResponse<String> self = send(p, token, "POST", PATIENTS + "/" + real + "/merge",
                    "{\"duplicateId\":\"" + real + "\",\"reason\":\"x\"}", null);
            assertThat(self.statusCode()).isEqualTo(409);
            assertThat(self.body()).contains("PAT-0008").contains("chính nó");
            String binh = first(ID, p.post(PATIENTS, "{\"fullName\":\"Trần Thị Bình\",\"birthYear\":1950,"
                    + "\"sex\":\"FEMALE\"}").body());
            send(p, token, "POST", PATIENTS + "/" + binh + "/void", "{\"reason\":\"Nhập nhầm\"}", null);
            assertThat(send(p, token, "POST", PATIENTS + "/" + binh + "/merge", "{\"duplicateId\":\""
                    + first(ID, noAge.body()) + "\",\"reason\":\"x\"}", null).body()).contains("PAT-0004");
            assertThat(send(p, token, "POST", PATIENTS + "/" + first(ID, noAge.body()) + "/merge",
                    "{\"duplicateId\":\"" + real + "\",\"reason\":\"x\"}", "en").body()).contains("PAT-0008")
                    .contains("unidentified");
            assertThat(send(p, token, "POST", PATIENTS + "/no-such-id/merge", "{\"duplicateId\":\"" + real
                    + "\",\"reason\":\"x\"}", null).statusCode()).isEqualTo(404);
            HttpResponse<String> changeMerged = send(p, token, "PUT", PATIENTS + "/" + u, "{\"fullName\":"
                    + "\"Chưa rõ danh tính (nam, khoảng 40 tuổi)\",\"birthYear\":" + (year - 40) + ",\"sex\":\"MALE\"}",
                    null);
            assertThat(changeMerged.statusCode()).isEqualTo(409);
            assertThat(changeMerged.body()).contains("PAT-0007");
            assertThat(p.queryLong(mergedEvents)).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient")).isEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void likelyDuplicates_offerSimilarNamesOfTheBirthYearAndCommune_auditedWithoutContent(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_pending_task")).as("keys task done at start").isZero();
            String an = first(ID, p.post(PATIENTS, AN).body());
            String huuAn = first(ID, p.post(PATIENTS, "{\"fullName\":\"Nguyễn Hữu An\",\"birthYear\":1985,"
                    + "\"sex\":\"MALE\",\"address\":{\"provinceCode\":\"01\",\"communeCode\":\"00007\"}}").body());
            String otherYear = first(ID, p.post(PATIENTS, "{\"fullName\":\"Nguyễn Văn An\",\"birthYear\":1986,"
                    + "\"sex\":\"MALE\"}").body());
            String voided = first(ID, p.post(PATIENTS, "{\"fullName\":\"An Nguyễn Văn\",\"birthYear\":1985,"
                    + "\"sex\":\"MALE\"}").body());
            send(p, token, "POST", PATIENTS + "/" + voided + "/void", "{\"reason\":\"Trùng\"}", null);
            String binh = first(ID, p.post(PATIENTS, "{\"fullName\":\"Nguyễn Thị Bình\",\"birthYear\":1985,"
                    + "\"sex\":\"FEMALE\"}").body());

            String path = PATIENTS + "/likely-duplicates?birthYear=1985&fullName=";
            HttpResponse<String> exact = p.get(path + q("nguyen  VAN an"));
            assertThat(exact.statusCode()).as(exact.body()).isEqualTo(200);
            assertThat(exact.body()).startsWith("{\"items\":[").contains(an).contains(huuAn).doesNotContain(otherYear)
                    .doesNotContain(voided).doesNotContain(binh);
            assertThat(exact.body().indexOf(an)).as("the same name first").isLessThan(exact.body().indexOf(huuAn));
            assertThat(p.get(path + q("Nguyễn An")).body()).as("one word fewer").contains(an).contains(huuAn);
            assertThat(p.get(path + q("Nguyễn Văn An") + "&communeCode=00007").body()).contains(huuAn)
                    .doesNotContain(an);
            assertThat(p.get(path + q("Trần Thị Hoa")).body()).isEqualTo("{\"items\":[]}");
            assertThat(p.get(PATIENTS + "/likely-duplicates?fullName=" + q("nguyen van an")).body())
                    .as("any birth year").contains(otherYear).contains(an);
            assertThat(p.get(PATIENTS + "/likely-duplicates?fullName=An&birthYear=x").statusCode()).isEqualTo(400);

            String audits = "SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND patient_id IS NULL"
                    + " AND detail LIKE 'likely duplicates: %'";
            assertThat(p.queryLong(audits)).isEqualTo(5);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE detail LIKE '%guyen%'")).isZero();

            // keys of records registered before the key table existed are computed at the next start
            execute(p, "DELETE FROM pat_duplicate_key");
            execute(p, "INSERT INTO pat_pending_task (task) VALUES ('duplicate-keys')");
            assertThat(p.get(path + q("Nguyễn Văn An")).body()).isEqualTo("{\"items\":[]}");
            Bundle bundle = p.bundle(BSN).orElseThrow();
            bundle.stop();
            bundle.start();
            TestPlatform.waitUntil(java.time.Duration.ofSeconds(10), () -> restUp(p), "patient REST endpoint back");
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_pending_task")).isZero();
            assertThat(p.get(path + q("Nguyễn Văn An")).body()).contains(an).contains(huuAn);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void photo_isStoredAndReturnedAsSent_andBadImagesAreRefusedInTheCallersLanguage(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            String id = first(ID, p.post(PATIENTS, AN).body());
            String photo = PATIENTS + "/" + id + "/photo";
            assertThat(p.get(photo).statusCode()).isEqualTo(404);
            assertThat(p.get(PATIENTS + "/" + id).body()).contains("\"hasPhoto\":false");

            byte[] image = png(120, 160);
            assertThat(sendBytes(p, token, "PUT", photo, image, "image/png", null).statusCode()).isEqualTo(204);
            HttpResponse<byte[]> back = http.send(HttpRequest.newBuilder(URI.create(p.baseUrl() + photo))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
            assertThat(back.body()).isEqualTo(image);
            assertThat(p.get(PATIENTS + "/" + id).body()).contains("\"hasPhoto\":true");
            assertThat(p.get(PATIENTS + "/" + id + "/history").body()).contains("\"field\":\"photo\",\"oldValue\":null,"
                    + "\"newValue\":\"image/png, " + image.length + " bytes\"");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE patient_id = '" + id
                    + "' AND action = 'UPDATE' AND detail = 'photo'")).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE patient_id = '" + id
                    + "' AND action = 'READ' AND detail = 'photo'")).isEqualTo(2);

            byte[] broken = java.util.Arrays.copyOf(image, 60);
            HttpResponse<String> corruptVi = sendBytes(p, token, "PUT", photo, broken, "image/png", null);
            assertThat(corruptVi.statusCode()).isEqualTo(400);
            assertThat(corruptVi.body()).contains("\"field\":\"photo\"").contains("Không đọc được ảnh");
            HttpResponse<String> gifEn = sendBytes(p, token, "PUT", photo, "GIF89a....".getBytes(StandardCharsets.US_ASCII),
                    "image/png", "en");
            assertThat(gifEn.statusCode()).isEqualTo(400);
            assertThat(gifEn.body()).contains("must be a JPEG or PNG image");
            assertThat(sendBytes(p, token, "PUT", photo, image, "text/plain", "en").body())
                    .contains("image/jpeg or image/png");
            byte[] tooLarge = java.util.Arrays.copyOf(image, 2 * 1024 * 1024 + 10);
            assertThat(sendBytes(p, token, "PUT", photo, tooLarge, "image/png", "en").body()).contains("at most 2 MB");
            assertThat(sendBytes(p, token, "PUT", PATIENTS + "/no-such-id/photo", image, "image/png", null)
                    .statusCode()).isEqualTo(404);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient_photo")).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient_change WHERE field = 'photo'")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void communeImport_keepsValidRows_listsBadOnesLocalized_andAddressesAreCheckedAgainstIt(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            // no communes on file yet: any 5-digit code is taken
            assertThat(p.post(PATIENTS, "{\"fullName\":\"Lê Văn Cường\",\"birthYear\":1990,\"sex\":\"MALE\","
                    + "\"address\":{\"provinceCode\":\"01\",\"communeCode\":\"00010\"}}").statusCode()).isEqualTo(201);

            String csv = "code,name,provinceCode\n00004,Phường Ba Đình,01\n4,Phường Ngọc Hà,01\n"
                    + "\"00008\",\"Phường Giảng Võ\",01\n00012,Xã Không Rõ,99\n";
            String communes = "/api/patient/catalogs/communes";
            HttpResponse<String> en = sendBytes(p, token, "POST", communes, csv.getBytes(StandardCharsets.UTF_8),
                    "text/csv", "en");
            assertThat(en.statusCode()).as(en.body()).isEqualTo(200);
            assertThat(en.body()).contains("\"inserted\":2").contains("\"updated\":0")
                    .contains("{\"line\":3,\"field\":\"code\",\"message\":\"Line 3: code \\\"4\\\" is not a 5-digit")
                    .contains("{\"line\":5,\"field\":\"provinceCode\",\"message\":\"Line 5: province code \\\"99\\\"");
            HttpResponse<String> vi = sendBytes(p, token, "POST", communes,
                    csv.replace("Phường Ba Đình", "Phường Ba Đình mới").getBytes(StandardCharsets.UTF_8), "text/csv",
                    null);
            assertThat(vi.body()).contains("\"inserted\":0").contains("\"updated\":1").contains("Dòng 3: mã \\\"4\\\"");
            HttpResponse<String> notCsv = sendBytes(p, token, "POST", communes,
                    "{\"code\":\"00004\"}".getBytes(StandardCharsets.UTF_8), "text/csv", "en");
            assertThat(notCsv.statusCode()).isEqualTo(400);
            assertThat(notCsv.body()).contains("\"field\":\"file\"").contains("code,name,provinceCode");
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_commune")).isEqualTo(2);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'ADMINISTER'"
                    + " AND record_type = 'patient.commune'")).isEqualTo(2);

            HttpResponse<String> list = p.get(communes + "?province=01");
            assertThat(list.body()).isEqualTo("{\"items\":[{\"code\":\"00004\",\"name\":\"Phường Ba Đình mới\"},"
                    + "{\"code\":\"00008\",\"name\":\"Phường Giảng Võ\"}]}");
            // now the province has communes on file: others are refused, in the caller's language
            HttpResponse<String> unknown = send(p, token, "POST", PATIENTS, "{\"fullName\":\"Lê Văn Dũng\","
                    + "\"birthYear\":1990,\"sex\":\"MALE\",\"address\":{\"provinceCode\":\"01\",\"communeCode\":\"00010\"}}",
                    "en");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(unknown.body()).contains("\"field\":\"address.communeCode\"").contains("00010 is not in the list");
            assertThat(send(p, token, "POST", PATIENTS, "{\"fullName\":\"Lê Văn Dũng\",\"birthYear\":1990,"
                    + "\"sex\":\"MALE\",\"address\":{\"provinceCode\":\"79\",\"communeCode\":\"00004\"}}", null).body())
                    .contains("thuộc tỉnh, thành phố khác");
            assertThat(p.post(PATIENTS, "{\"fullName\":\"Lê Văn Dũng\",\"birthYear\":1990,\"sex\":\"MALE\","
                    + "\"address\":{\"provinceCode\":\"01\",\"communeCode\":\"00008\"}}").statusCode()).isEqualTo(201);

            String desk = apiClientToken(p, Set.of("patient.read", "patient.register"));
            assertThat(sendBytes(p, desk, "POST", communes, csv.getBytes(StandardCharsets.UTF_8), "text/csv", null)
                    .statusCode()).isEqualTo(403);
            p.useToken(desk);
            assertThat(p.get("/api/patient/catalogs/provinces").body()).contains("{\"code\":\"92\",\"name\":\"Cần Thơ\"}");
            HttpResponse<String> ethnicities = p.get("/api/patient/catalogs/ethnicities");
            assertThat(ethnicities.body()).startsWith("{\"items\":[{\"code\":\"01\",\"name\":\"Kinh\"}")
                    .contains("{\"code\":\"54\",\"name\":\"Rơ-măm\"}");
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_ethnicity")).isEqualTo(54);
            assertThat(p.get("/api/patient/catalogs/nationalities").body())
                    .startsWith("{\"items\":[{\"code\":\"VN\",\"name\":\"Việt Nam\"}").contains("\"KR\"");
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_nationality")).isEqualTo(249);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void childUnderSix_needsAGuardian_andTheNewFieldsRoundTrip(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            int year = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
            String child = "{\"fullName\":\"Trần Gia Bảo\",\"birthYear\":" + (year - 2) + ",\"sex\":\"MALE\","
                    + "\"ethnicityCode\":\"05\",\"occupation\":null,"
                    + "\"insuranceCard\":{\"number\":\"TE1010120878811\",\"validFrom\":\"2026-01-01\","
                    + "\"validTo\":\"2026-12-31\",\"facilityCode\":\"01001\",\"fiveYearsContinuousFrom\":\"2029-01-01\"},"
                    + "\"address\":{\"provinceCode\":\"01\",\"street\":\"12 Phố Huế\",\"formerDistrict\":\"Quận Hai Bà Trưng\"}";
            HttpResponse<String> vi = send(p, token, "POST", PATIENTS, child + "}", null);
            assertThat(vi.statusCode()).isEqualTo(400);
            assertThat(vi.body()).contains("\"field\":\"guardian\"").contains("dưới 6 tuổi phải có người giám hộ");
            HttpResponse<String> en = send(p, token, "POST", PATIENTS, child
                    + ",\"guardian\":{\"fullName\":\"Lê Thị Hoa\",\"relationship\":\"Mẹ\"}}", "en");
            assertThat(en.statusCode()).isEqualTo(400);
            assertThat(en.body()).contains("\"field\":\"guardian.phone\"").contains("mobile number of the guardian");

            HttpResponse<String> created = send(p, token, "POST", PATIENTS, child + ",\"guardian\":{\"fullName\":"
                    + "\"Lê Thị Hoa\",\"relationship\":\"Mẹ\",\"phone\":\"0901234567\",\"cccd\":\"001185012345\"}}", null);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body()).contains("\"nationalityCode\":\"VN\"").contains("\"ethnicityCode\":\"05\"")
                    .contains("\"guardian\":{\"fullName\":\"Lê Thị Hoa\",\"relationship\":\"Mẹ\",\"phone\":\"0901234567\","
                            + "\"cccd\":\"001185012345\"}")
                    .contains("\"formerDistrict\":\"Quận Hai Bà Trưng\"").contains("\"fiveYearsContinuousFrom\":\"2029-01-01\"")
                    .contains("\"unidentified\":false").contains("\"hasPhoto\":false").contains("\"mergedIntoId\":null");
            String id = first(ID, created.body());

            HttpResponse<String> updated = send(p, token, "PUT", PATIENTS + "/" + id, child + ",\"nationalityCode\":\"kr\","
                    + "\"guardian\":{\"fullName\":\"Trần Văn Nam\",\"relationship\":\"Bố\",\"phone\":\"0912345678\"}}",
                    null);
            assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
            assertThat(updated.body()).contains("\"nationalityCode\":\"KR\"");
            assertThat(p.get(PATIENTS + "/" + id + "/history").body())
                    .contains("\"field\":\"guardian.fullName\",\"oldValue\":\"Lê Thị Hoa\",\"newValue\":\"Trần Văn Nam\"")
                    .contains("\"field\":\"guardian.cccd\",\"oldValue\":\"001185012345\",\"newValue\":null")
                    .contains("\"field\":\"nationalityCode\",\"oldValue\":\"VN\",\"newValue\":\"KR\"");
            HttpResponse<String> badCodes = send(p, token, "POST", PATIENTS, "{\"fullName\":\"Lê Văn Cường\","
                    + "\"birthYear\":1990,\"sex\":\"MALE\",\"ethnicityCode\":\"55\",\"nationalityCode\":\"XX\"}", "en");
            assertThat(badCodes.body()).contains("\"field\":\"ethnicityCode\"").contains("\"field\":\"nationalityCode\"")
                    .contains("not one of the 54 ethnic groups");
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient")).isEqualTo(1);
        }
    }

    private static boolean demoLoaded(TestPlatform p) {
        try {
            return p.queryLong("SELECT COUNT(*) FROM plt_demo_loaded WHERE contributor_id = 'patient.demo'") == 1;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** The failure recorded against the patient bundle, or null. */
    private static String failure(TestPlatform p) {
        return p.platform().status().bundles().stream().filter(b -> BSN.equals(b.symbolicName()))
                .map(b -> b.error()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
