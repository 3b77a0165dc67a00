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
 * duplicates, concurrent code generation, the read audit and authentication.
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
}
