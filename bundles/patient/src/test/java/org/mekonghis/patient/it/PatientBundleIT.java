package org.mekonghis.patient.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekonghis.platform.testing.TestDatabase;
import org.mekonghis.platform.testing.TestPlatform;
import org.osgi.framework.Bundle;

/**
 * The patient bundle as a core bundle of the real platform, with security, on every supported
 * database: registration, fetch and search over REST, refused input that stores nothing,
 * duplicates, concurrent code generation, the read audit and authentication, updates with their
 * history, voiding, and the demo data.
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

            p.signInAsAdmin();
            HttpResponse<String> nguyen = p.get("/api/patient/patients?q=nguyen&size=1");
            assertThat(nguyen.statusCode()).isEqualTo(200);
            Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(nguyen.body());
            assertThat(total.find()).as(nguyen.body()).isTrue();
            assertThat(Long.parseLong(total.group(1))).isGreaterThan(150);
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
