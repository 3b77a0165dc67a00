package org.mekonghis.encounter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
 * The encounter bundle as a core bundle of the real platform, with security and the patient
 * registry, on every supported database: check-in over REST with codes and daily queue numbers,
 * concurrent check-ins, closing with its event, conflicts, refused input that stores nothing,
 * and authentication.
 */
class EncounterBundleIT {
    private static final String BSN = "org.mekonghis.encounter";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f\\-]{36})\"");
    private static final Pattern CODE = Pattern.compile("\"code\":\"(LK\\d{9})\"");
    private static final Pattern QUEUE = Pattern.compile("\"queueNumber\":(\\d+)");

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private TestPlatform start(TestDatabase db) throws Exception {
        TestPlatform p = TestPlatform.builder(home).database(db).withSecurity()
                .coreBundle(Path.of(System.getProperty("mekong.patient.jar")))
                .coreBundle(Path.of(System.getProperty("mekong.encounter.jar"))).start();
        assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
        TestPlatform.waitUntil(Duration.ofSeconds(10), () -> restUp(p), "encounter REST endpoint registered");
        return p;
    }

    private static boolean restUp(TestPlatform p) {
        try {
            return p.get("/api/encounter/departments").statusCode() != 404;
        } catch (Exception e) {
            return false;
        }
    }

    private HttpResponse<String> send(TestPlatform p, String token, String path, String json, String language)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
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

    private static String register(TestPlatform p, String fullName) throws Exception {
        HttpResponse<String> r = p.post("/api/patient/patients",
                "{\"fullName\":\"" + fullName + "\",\"birthYear\":1960,\"sex\":\"FEMALE\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return first(ID, r.body());
    }

    private static String checkIn(String patientId, String type, String department) {
        return "{\"patientId\":\"" + patientId + "\",\"type\":\"" + type + "\",\"departmentCode\":\"" + department
                + "\",\"reason\":\"Đau bụng, sốt nhẹ\"}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void outpatientCheckIns_getCodesAndQueueNumbersPerDepartment_andAreFetchedAndListed(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            p.signInAsAdmin();
            HttpResponse<String> departments = p.get("/api/encounter/departments");
            assertThat(departments.statusCode()).isEqualTo(200);
            assertThat(departments.body()).contains("{\"code\":\"KKB\",\"name\":\"Khoa Khám bệnh\"}")
                    .contains("\"code\":\"CC\"").contains("Khoa Phụ sản");

            String lan = register(p, "Trần Thị Lan");
            String hoa = register(p, "Lê Thị Hoa");
            HttpResponse<String> first = p.post("/api/encounter/encounters", checkIn(lan, "OUTPATIENT", "KKB"));
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(first(QUEUE, first.body())).isEqualTo("1");
            String id = first(ID, first.body());
            String code = first(CODE, first.body());
            HttpResponse<String> second = p.post("/api/encounter/encounters", checkIn(hoa, "OUTPATIENT", "KKB"));
            assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
            assertThat(first(QUEUE, second.body())).isEqualTo("2");
            assertThat(first(CODE, second.body())).isNotEqualTo(code);
            HttpResponse<String> otherDepartment = p.post("/api/encounter/encounters", checkIn(hoa, "EMERGENCY", "CC"));
            assertThat(otherDepartment.statusCode()).as(otherDepartment.body()).isEqualTo(201);
            assertThat(otherDepartment.body()).contains("\"queueNumber\":null");

            HttpResponse<String> fetched = p.get("/api/encounter/encounters/" + id);
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(fetched.body()).contains(code).contains("\"status\":\"OPEN\"").contains("\"patientId\":\"" + lan)
                    .contains("Đau bụng, sốt nhẹ");
            assertThat(p.get("/api/encounter/encounters/no-such-id").statusCode()).isEqualTo(404);
            assertThat(p.get("/api/encounter/encounters?patientId=" + hoa).body()).contains("\"type\":\"EMERGENCY\"")
                    .contains("\"type\":\"OUTPATIENT\"").doesNotContain(code);

            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterOpened'"))
                    .isEqualTo(3);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'CREATE' AND patient_id = '" + lan
                    + "' AND record_id = '" + id + "'")).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND record_id = '" + id
                    + "'")).isEqualTo(1);
            // checking the patients in discloses nothing of their records: no READ in their trail
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND record_type = 'patient'"
                    + " AND patient_id IN ('" + lan + "', '" + hoa + "')")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentCheckIns_getDistinctCodesAndQueueNumbersOneToTen(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            List<String> patients = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                patients.add(register(p, "Phạm Văn Số " + (char) ('A' + i)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String patient : patients) {
                    answers.add(pool.submit(() -> send(p, token, "/api/encounter/encounters",
                            checkIn(patient, "OUTPATIENT", "NOI"), null)));
                }
                Set<String> codes = new HashSet<>();
                Set<Integer> queue = new HashSet<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> r = answer.get();
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                    codes.add(first(CODE, r.body()));
                    queue.add(Integer.valueOf(first(QUEUE, r.body())));
                }
                assertThat(codes).hasSize(10);
                assertThat(queue).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            } finally {
                pool.shutdownNow();
            }
            assertThat(p.queryLong("SELECT COUNT(DISTINCT code) FROM enc_encounter")).isEqualTo(10);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void closing_publishesItsEvent_andClosingAgainOrASecondOpenEncounterIsAConflict(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            String patient = register(p, "Võ Văn Tám");
            String opened = p.post("/api/encounter/encounters", checkIn(patient, "OUTPATIENT", "NGOAI")).body();
            String id = first(ID, opened);
            String code = first(CODE, opened);

            HttpResponse<String> again = p.post("/api/encounter/encounters", checkIn(patient, "OUTPATIENT", "NOI"));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
            assertThat(again.body()).contains("\"openEncounterCode\":\"" + code + "\"");

            HttpResponse<String> closed = p.post("/api/encounter/encounters/" + id + "/close", "{\"outcome\":\"HOME\"}");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
            assertThat(closed.body()).contains("\"status\":\"CLOSED\"").contains("\"outcome\":\"HOME\"");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterClosed'"))
                    .isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'UPDATE' AND record_id = '" + id
                    + "'")).isEqualTo(1);

            HttpResponse<String> twice = send(p, token, "/api/encounter/encounters/" + id + "/close",
                    "{\"outcome\":\"DIED\"}", "en");
            assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
            assertThat(twice.body()).contains("ENC-0003").contains("already closed");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterClosed'"))
                    .isEqualTo(1);

            HttpResponse<String> next = p.post("/api/encounter/encounters", checkIn(patient, "OUTPATIENT", "NOI"));
            assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusedCheckIns_answerWithFieldErrorsOr404_andStoreNothing_andNoTokenGets401(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String token = p.signInAsAdmin();
            String patient = register(p, "Đặng Thị Mai");

            HttpResponse<String> unknownPatient = p.post("/api/encounter/encounters",
                    checkIn("00000000-0000-0000-0000-000000000000", "OUTPATIENT", "KKB"));
            assertThat(unknownPatient.statusCode()).as(unknownPatient.body()).isEqualTo(404);

            String voided = register(p, "Bùi Văn Hủy");
            HttpResponse<String> voiding = p.post("/api/patient/patients/" + voided + "/void",
                    "{\"reason\":\"Đăng ký trùng\"}");
            assertThat(voiding.statusCode()).as(voiding.body()).isEqualTo(200);
            HttpResponse<String> voidedPatient = p.post("/api/encounter/encounters",
                    checkIn(voided, "OUTPATIENT", "KKB"));
            assertThat(voidedPatient.statusCode()).as(voidedPatient.body()).isEqualTo(409);
            assertThat(voidedPatient.body()).contains("ENC-0005");

            HttpResponse<String> badDepartment = send(p, token, "/api/encounter/encounters",
                    "{\"patientId\":\"" + patient + "\",\"type\":\"OUTPATIENT\",\"departmentCode\":\"XYZ\","
                            + "\"reason\":\"  \"}", "vi");
            assertThat(badDepartment.statusCode()).as(badDepartment.body()).isEqualTo(400);
            assertThat(badDepartment.body()).contains("\"field\":\"departmentCode\"").contains("\"field\":\"reason\"")
                    .contains("Không có khoa đang hoạt động với mã XYZ").contains("Vui lòng nhập lý do khám.");

            HttpResponse<String> badType = send(p, token, "/api/encounter/encounters",
                    checkIn(patient, "HOME_VISIT", "KKB"), "en");
            assertThat(badType.statusCode()).as(badType.body()).isEqualTo(400);
            assertThat(badType.body()).contains("\"field\":\"type\"").contains("OUTPATIENT or EMERGENCY");

            HttpResponse<String> badOutcome = send(p, token, "/api/encounter/encounters/x/close",
                    "{\"outcome\":\"CURED\"}", "en");
            assertThat(badOutcome.statusCode()).isEqualTo(400);
            assertThat(badOutcome.body()).contains("\"field\":\"outcome\"");

            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter")).isZero();
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic LIKE 'encounter.%'")).isZero();

            p.useToken(null);
            assertThat(p.get("/api/encounter/departments").statusCode()).isEqualTo(401);
            assertThat(p.get("/api/encounter/encounters?patientId=" + patient).statusCode()).isEqualTo(401);
            assertThat(p.post("/api/encounter/encounters", checkIn(patient, "OUTPATIENT", "KKB")).statusCode())
                    .isEqualTo(401);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter")).isZero();
        }
    }
}
