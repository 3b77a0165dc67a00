package org.mekonghis.encounter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mekonghis.platform.testing.TestDatabase;
import org.mekonghis.platform.testing.TestPlatform;
import org.osgi.framework.Bundle;

/**
 * The encounter bundle as a core bundle of the real platform, with security, the patient registry
 * and the ICD-10 catalog, on every supported database: check-in over REST with codes and daily
 * queue numbers per clinic room, coverage and its refusals, the room queue, diagnoses, closing
 * with referral details, admission with its bed conflict under concurrency, transfer, leave,
 * discharge and the census, unidentified emergency patients whose records are then merged, the
 * facility layout's administration, conflicts, refused input that stores nothing, and
 * authentication.
 */
class EncounterBundleIT {
    private static final String BSN = "org.mekonghis.encounter";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId FACILITY = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ICD10_CSV = """
            code,name_vi,name_en
            I10,Bệnh tăng huyết áp vô căn (nguyên phát),Essential (primary) hypertension
            J06.9,"Nhiễm trùng đường hô hấp trên cấp, không đặc hiệu","Acute upper respiratory infection, unspecified"
            E11,Bệnh đái tháo đường týp 2,Non-insulin-dependent diabetes mellitus
            E11.9,"Bệnh đái tháo đường týp 2, không có biến chứng",Type 2 diabetes mellitus without complications
            K29.7,"Viêm dạ dày, không đặc hiệu","Gastritis, unspecified"
            J18.9,"Viêm phổi, không đặc hiệu","Pneumonia, unspecified"
            """;

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    private TestPlatform start(TestDatabase db) throws Exception {
        TestPlatform p = TestPlatform.builder(home).database(db).withSecurity()
                .coreBundle(Path.of(System.getProperty("mekong.patient.jar")))
                .coreBundle(Path.of(System.getProperty("mekong.terminology.jar")))
                .coreBundle(Path.of(System.getProperty("mekong.encounter.jar"))).start();
        assertThat(p.bundle(BSN).orElseThrow().getState()).isEqualTo(Bundle.ACTIVE);
        TestPlatform.waitUntil(Duration.ofSeconds(10), () -> restUp(p, "/api/encounter/departments"),
                "encounter REST endpoint registered");
        TestPlatform.waitUntil(Duration.ofSeconds(10), () -> restUp(p, "/api/auth/token"), "sign-in registered");
        token = p.signInAsAdmin();
        return p;
    }

    private static boolean restUp(TestPlatform p, String path) {
        try {
            return p.get(path).statusCode() != 404;
        } catch (Exception e) {
            return false;
        }
    }

    private HttpResponse<String> send(TestPlatform p, String method, String path, String body, String language)
            throws Exception {
        return send(p, method, path, body, language, "application/json");
    }

    private HttpResponse<String> send(TestPlatform p, String method, String path, String body, String language,
            String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token);
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(TestPlatform p, String path, String json) throws Exception {
        return send(p, "POST", path, json, null);
    }

    private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static LocalDate today() {
        return LocalDate.now(FACILITY);
    }

    private String register(TestPlatform p, String fullName) throws Exception {
        return register(p, fullName, null);
    }

    /** Registers a patient, with an insurance card when {@code card} is the card's JSON. */
    private String register(TestPlatform p, String fullName, String card) throws Exception {
        HttpResponse<String> r = post(p, "/api/patient/patients", "{\"fullName\":\"" + fullName
                + "\",\"birthYear\":1960,\"sex\":\"FEMALE\"" + (card == null ? "" : ",\"insuranceCard\":" + card)
                + "}");
        return json(r, 201).path("id").asText();
    }

    private static String card(String number, LocalDate from, LocalDate to) {
        return "{\"number\":\"" + number + "\",\"validFrom\":\"" + from + "\",\"validTo\":\"" + to
                + "\",\"facilityCode\":\"79048\"}";
    }

    private static String checkIn(String patientId, String type, String department, String room) {
        return "{\"patientId\":\"" + patientId + "\",\"type\":\"" + type + "\",\"departmentCode\":\"" + department
                + "\"" + (room == null ? "" : ",\"roomCode\":\"" + room + "\"") + ",\"reason\":\"Đau bụng, sốt nhẹ\"}";
    }

    private String open(TestPlatform p, String patientId, String type, String department, String room)
            throws Exception {
        return json(post(p, "/api/encounter/encounters", checkIn(patientId, type, department, room)), 201)
                .path("id").asText();
    }

    private String admit(TestPlatform p, String fromEncounterId, String department, String bed) throws Exception {
        return json(post(p, "/api/encounter/admissions", admission(fromEncounterId, department, bed)), 201)
                .path("id").asText();
    }

    private static String admission(String fromEncounterId, String department, String bed) {
        return "{\"fromEncounterId\":\"" + fromEncounterId + "\",\"departmentCode\":\"" + department
                + "\",\"bedCode\":\"" + bed + "\",\"reason\":\"Viêm phổi, theo dõi suy hô hấp\"}";
    }

    private static List<String> fields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void outpatientCheckIns_getQueueNumbersPerRoomAndDay_andAreFetchedAndListed(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            JsonNode departments = json(p.get("/api/encounter/departments"), 200);
            assertThat(departments.size()).isEqualTo(14);
            assertThat(departments.get(0).path("code").asText()).isEqualTo("KKB");
            assertThat(departments.get(0).path("name").asText()).isEqualTo("Khoa Khám bệnh");
            JsonNode rooms = json(p.get("/api/encounter/rooms?department=KKB"), 200);
            assertThat(rooms.findValuesAsText("code")).contains("P101", "P102");
            assertThat(rooms.get(0).path("name").asText()).isEqualTo("Phòng khám Nội 1");
            assertThat(json(p.get("/api/encounter/beds?ward=NOI-A"), 200).size()).isEqualTo(20);

            String lan = register(p, "Trần Thị Lan");
            String hoa = register(p, "Lê Thị Hoa");
            String minh = register(p, "Phạm Văn Minh");
            JsonNode first = json(post(p, "/api/encounter/encounters", checkIn(lan, "OUTPATIENT", "KKB", "P101")), 201);
            assertThat(first.path("queueNumber").asInt()).isEqualTo(1);
            assertThat(first.path("roomCode").asText()).isEqualTo("P101");
            assertThat(first.path("queueDate").asText()).isEqualTo(today().toString());
            assertThat(first.path("queueStatus").asText()).isEqualTo("WAITING");
            assertThat(first.path("coverage").path("type").asText()).isEqualTo("SELF_PAY");
            String id = first.path("id").asText();
            String code = first.path("code").asText();
            assertThat(code).matches("LK\\d{9}");
            JsonNode second = json(post(p, "/api/encounter/encounters", checkIn(hoa, "OUTPATIENT", "KKB", "p101")),
                    201);
            assertThat(second.path("queueNumber").asInt()).isEqualTo(2);
            // every room has its own queue; a department with one room needs no choice
            JsonNode otherRoom = json(post(p, "/api/encounter/encounters", checkIn(minh, "OUTPATIENT", "TMH", null)),
                    201);
            assertThat(otherRoom.path("roomCode").asText()).isEqualTo("P201");
            assertThat(otherRoom.path("queueNumber").asInt()).isEqualTo(1);
            JsonNode emergency = json(post(p, "/api/encounter/encounters", checkIn(hoa, "EMERGENCY", "CC", null)),
                    201);
            assertThat(emergency.path("queueNumber").isNull()).isTrue();

            HttpResponse<String> noRoom = send(p, "POST", "/api/encounter/encounters",
                    checkIn(minh, "EMERGENCY", "NOI", "P101"), "en");
            assertThat(json(noRoom, 400).toString()).contains("\"field\":\"roomCode\"")
                    .contains("Clinic room P101 does not belong to department NOI");
            HttpResponse<String> choose = send(p, "POST", "/api/encounter/encounters",
                    checkIn(register(p, "Đỗ Văn Nam"), "OUTPATIENT", "KKB", null), "vi");
            assertThat(json(choose, 400).toString()).contains("Vui lòng chọn phòng khám.");

            JsonNode fetched = json(p.get("/api/encounter/encounters/" + id), 200);
            assertThat(fetched.path("code").asText()).isEqualTo(code);
            assertThat(fetched.path("status").asText()).isEqualTo("OPEN");
            assertThat(fetched.path("reason").asText()).isEqualTo("Đau bụng, sốt nhẹ");
            assertThat(p.get("/api/encounter/encounters/no-such-id").statusCode()).isEqualTo(404);
            assertThat(p.get("/api/encounter/encounters?patientId=" + hoa).body()).contains("\"type\":\"EMERGENCY\"")
                    .contains("\"type\":\"OUTPATIENT\"").doesNotContain(code);

            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterOpened'"))
                    .isEqualTo(4);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'CREATE' AND patient_id = '" + lan
                    + "' AND record_id = '" + id + "'")).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND record_id = '" + id
                    + "'")).isEqualTo(1);
            // self-paid check-ins disclose nothing of the patients' records: no READ in their trail
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND record_type = 'patient'"
                    + " AND patient_id IN ('" + lan + "', '" + hoa + "')")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentCheckIns_getDistinctCodesAndQueueNumbersOneToTen(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            List<String> patients = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                patients.add(register(p, "Phạm Văn Số " + (char) ('A' + i)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String patient : patients) {
                    answers.add(pool.submit(() -> send(p, "POST", "/api/encounter/encounters",
                            checkIn(patient, "OUTPATIENT", "KKB", "P102"), null)));
                }
                Set<String> codes = new HashSet<>();
                Set<Integer> queue = new HashSet<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    JsonNode e = json(answer.get(), 201);
                    codes.add(e.path("code").asText());
                    queue.add(e.path("queueNumber").asInt());
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
    void closing_publishesItsEvent_referralNeedsItsDetails_andClosingAgainOrASecondOpenEncounterIsAConflict(
            TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String patient = register(p, "Võ Văn Tám");
            JsonNode opened = json(post(p, "/api/encounter/encounters", checkIn(patient, "OUTPATIENT", "KKB",
                    "P103")), 201);
            String id = opened.path("id").asText();
            String code = opened.path("code").asText();

            HttpResponse<String> again = post(p, "/api/encounter/encounters", checkIn(patient, "OUTPATIENT", "TMH",
                    null));
            assertThat(json(again, 409).path("error").path("openEncounterCode").asText()).isEqualTo(code);

            HttpResponse<String> bareReferral = send(p, "POST", "/api/encounter/encounters/" + id + "/close",
                    "{\"outcome\":\"REFERRED\"}", "vi");
            assertThat(fields(json(bareReferral, 400))).containsExactly("referredToFacilityCode", "referralReason");
            HttpResponse<String> admitted = send(p, "POST", "/api/encounter/encounters/" + id + "/close",
                    "{\"outcome\":\"ADMITTED\"}", "en");
            assertThat(json(admitted, 400).toString()).contains("through admission");

            JsonNode closed = json(post(p, "/api/encounter/encounters/" + id + "/close",
                    "{\"outcome\":\"REFERRED\",\"referredToFacilityCode\":\"79048\","
                            + "\"referralReason\":\"Cần chụp cộng hưởng từ\",\"note\":\"Mang theo kết quả\"}"), 200);
            assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
            assertThat(closed.path("outcome").asText()).isEqualTo("REFERRED");
            assertThat(closed.path("closing").path("referredToFacilityCode").asText()).isEqualTo("79048");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterClosed'"))
                    .isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterClosed'"
                    + " AND payload LIKE '%\"referredToFacilityCode\":\"79048\"%'")).isEqualTo(1);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'UPDATE' AND record_id = '" + id
                    + "'")).isEqualTo(1);

            HttpResponse<String> twice = send(p, "POST", "/api/encounter/encounters/" + id + "/close",
                    "{\"outcome\":\"DIED\"}", "en");
            assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
            assertThat(twice.body()).contains("ENC-0003").contains("already closed");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterClosed'"))
                    .isEqualTo(1);

            assertThat(post(p, "/api/encounter/encounters", checkIn(patient, "OUTPATIENT", "TMH", null)).statusCode())
                    .isEqualTo(201);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void coverage_takesTheValidCardOfTheRecord_andRefusesAnExpiredCardOrAReferralWithoutPaper(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            LocalDate yesterday = today().minusDays(1);
            String expired = register(p, "Nguyễn Thị Hết Hạn", card("HS4010120878811", today().minusYears(1),
                    yesterday));
            String insured = register(p, "Lý Văn Thẻ", card("DN4790000000001", today().minusMonths(6),
                    today().plusMonths(6)));
            String noCard = register(p, "Mai Văn Không");
            String printed = yesterday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            String correct = ",\"coverage\":{\"type\":\"INSURANCE\",\"route\":\"CORRECT_ROUTE\"}}";

            HttpResponse<String> vi = send(p, "POST", "/api/encounter/encounters",
                    checkIn(expired, "OUTPATIENT", "KKB", "P101").replaceFirst("}$", correct), "vi");
            assertThat(fields(json(vi, 400))).containsExactly("coverage.cardValidTo");
            assertThat(vi.body()).contains("Thẻ BHYT hết hạn ngày " + printed);
            HttpResponse<String> en = send(p, "POST", "/api/encounter/encounters",
                    checkIn(expired, "OUTPATIENT", "KKB", "P101").replaceFirst("}$", correct), "en");
            assertThat(en.body()).contains("The health insurance card expired on " + printed);
            HttpResponse<String> missing = send(p, "POST", "/api/encounter/encounters",
                    checkIn(noCard, "OUTPATIENT", "KKB", "P101").replaceFirst("}$", correct), "en");
            assertThat(json(missing, 400).toString()).contains("has no health insurance card");

            String referral = ",\"coverage\":{\"type\":\"INSURANCE\",\"route\":\"REFERRAL\","
                    + "\"referralFromFacilityCode\":\"7904\"}}";
            HttpResponse<String> noPaper = send(p, "POST", "/api/encounter/encounters",
                    checkIn(insured, "OUTPATIENT", "KKB", "P101").replaceFirst("}$", referral), "vi");
            assertThat(fields(json(noPaper, 400))).containsExactly("coverage.referralNumber",
                    "coverage.referralFromFacilityCode");
            assertThat(noPaper.body()).contains("Vui lòng nhập số giấy chuyển tuyến.");
            HttpResponse<String> noPaperEn = send(p, "POST", "/api/encounter/encounters",
                    checkIn(insured, "OUTPATIENT", "KKB", "P101").replaceFirst("}$", referral), "en");
            assertThat(noPaperEn.body()).contains("Enter the number of the referral paper.");
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter")).isZero();

            JsonNode ok = json(post(p, "/api/encounter/encounters", checkIn(insured, "OUTPATIENT", "KKB", "P101")
                    .replaceFirst("}$", ",\"coverage\":{\"type\":\"INSURANCE\",\"route\":\"REFERRAL\","
                            + "\"referralNumber\":\"125/GCT\",\"referralFromFacilityCode\":\"79024\"}}")), 201);
            JsonNode coverage = ok.path("coverage");
            assertThat(coverage.path("route").asText()).isEqualTo("REFERRAL");
            assertThat(coverage.path("cardNumber").asText()).isEqualTo("DN4790000000001");
            assertThat(coverage.path("cardValidTo").asText()).isEqualTo(today().plusMonths(6).toString());
            assertThat(coverage.path("referralFromFacilityCode").asText()).isEqualTo("79024");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterOpened'"
                    + " AND payload LIKE '%\"cardNumber\":\"DN4790000000001\"%'")).isEqualTo(1);
            // reading the card is reading the patient's record: it shows in the patient's trail
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'READ' AND patient_id = '" + insured
                    + "'")).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void roomQueue_callsInTurn_finishes_andRefusesWrongTransitions(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            List<String> ids = new ArrayList<>();
            for (String name : List.of("Hồ Văn Một", "Hồ Văn Hai", "Hồ Văn Ba")) {
                ids.add(open(p, register(p, name), "OUTPATIENT", "KKB", "P103"));
            }
            JsonNode queue = json(p.get("/api/encounter/rooms/P103/queue"), 200);
            assertThat(queue.path("entries").findValuesAsText("status")).containsExactly("WAITING", "WAITING",
                    "WAITING");
            long revision = queue.path("revision").asLong();

            JsonNode called = json(post(p, "/api/encounter/rooms/P103/call-next", ""), 200);
            assertThat(called.path("id").asText()).isEqualTo(ids.get(0));
            assertThat(called.path("queueStatus").asText()).isEqualTo("IN_PROGRESS");
            assertThat(json(p.get("/api/encounter/rooms/P103/queue/revision"), 200).path("revision").asLong())
                    .isGreaterThan(revision);

            // the doctor takes number 3 out of turn; the next call then gives number 2
            assertThat(json(post(p, "/api/encounter/encounters/" + ids.get(2) + "/start-consultation", ""), 200)
                    .path("queueStatus").asText()).isEqualTo("IN_PROGRESS");
            HttpResponse<String> startAgain = send(p, "POST", "/api/encounter/encounters/" + ids.get(2)
                    + "/start-consultation", "", "en");
            assertThat(json(startAgain, 409).path("error").path("code").asText()).isEqualTo("ENC-0010");
            assertThat(json(post(p, "/api/encounter/rooms/P103/call-next", ""), 200).path("id").asText())
                    .isEqualTo(ids.get(1));
            assertThat(post(p, "/api/encounter/rooms/P103/call-next", "").statusCode()).isEqualTo(204);

            JsonNode done = json(post(p, "/api/encounter/encounters/" + ids.get(0) + "/finish-consultation", ""), 200);
            assertThat(done.path("queueStatus").asText()).isEqualTo("DONE");
            assertThat(done.path("status").asText()).isEqualTo("OPEN");
            HttpResponse<String> finishAgain = send(p, "POST", "/api/encounter/encounters/" + ids.get(0)
                    + "/finish-consultation", "", "vi");
            assertThat(json(finishAgain, 409).toString()).contains("chưa được gọi vào khám");
            assertThat(json(p.get("/api/encounter/rooms/P103/queue?date=" + today()), 200).path("entries")
                    .findValuesAsText("status")).containsExactly("DONE", "IN_PROGRESS", "IN_PROGRESS");
            assertThat(json(p.get("/api/encounter/rooms/P103/queue?date=" + today().minusDays(1)), 200)
                    .path("entries").size()).isZero();
            assertThat(p.get("/api/encounter/rooms/P999/queue").statusCode()).isEqualTo(404);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'UPDATE' AND record_id = '"
                    + ids.get(1) + "' AND detail LIKE 'called%'")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void diagnoses_areCheckedAgainstTheCatalog_andStoredWithTheirNames(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            HttpResponse<String> imported = send(p, "POST", "/api/terminology/icd10/import", ICD10_CSV, null,
                    "text/csv; charset=UTF-8");
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            String id = open(p, register(p, "Cao Thị Huyết Áp"), "OUTPATIENT", "KKB", "P101");

            JsonNode set = json(send(p, "PUT", "/api/encounter/encounters/" + id + "/diagnoses",
                    "{\"primaryCode\":\"i10\",\"secondaryCodes\":[\"E119\",\"K29.7\"]}", null), 200);
            assertThat(set.path("primaryDiagnosis").path("code").asText()).isEqualTo("I10");
            assertThat(set.path("primaryDiagnosis").path("nameVi").asText())
                    .isEqualTo("Bệnh tăng huyết áp vô căn (nguyên phát)");
            assertThat(set.path("secondaryDiagnoses").findValuesAsText("code")).containsExactly("E11.9", "K29.7");

            HttpResponse<String> unknown = send(p, "PUT", "/api/encounter/encounters/" + id + "/diagnoses",
                    "{\"primaryCode\":\"I10\",\"secondaryCodes\":[\"Z99.9\"]}", "en");
            assertThat(fields(json(unknown, 400))).containsExactly("secondaryCodes[0]");
            assertThat(unknown.body()).contains("ICD-10 code Z99.9 is not in the catalog");
            HttpResponse<String> unknownVi = send(p, "PUT", "/api/encounter/encounters/" + id + "/diagnoses",
                    "{\"primaryCode\":\"Z99.9\"}", "vi");
            assertThat(unknownVi.body()).contains("Mã ICD-10 Z99.9 không có trong danh mục");
            HttpResponse<String> category = send(p, "PUT", "/api/encounter/encounters/" + id + "/diagnoses",
                    "{\"primaryCode\":\"E11\",\"secondaryCodes\":[\"I10\",\"i10\"]}", "en");
            assertThat(json(category, 400).toString()).contains("Code E11 is a category")
                    .contains("Diagnosis code I10 was entered already");
            List<String> thirteen = new ArrayList<>();
            for (int i = 0; i < 13; i++) {
                thirteen.add("\"J06.9\"");
            }
            HttpResponse<String> tooMany = send(p, "PUT", "/api/encounter/encounters/" + id + "/diagnoses",
                    "{\"primaryCode\":\"I10\",\"secondaryCodes\":" + thirteen + "}", "en");
            assertThat(fields(json(tooMany, 400))).containsExactly("secondaryCodes");

            // the refused attempts changed nothing; a new set replaces the old one, which is kept as history
            JsonNode replaced = json(send(p, "PUT", "/api/encounter/encounters/" + id + "/diagnoses",
                    "{\"primaryCode\":\"J06.9\"}", null), 200);
            assertThat(replaced.path("secondaryDiagnoses").size()).isZero();
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_diagnosis WHERE encounter_id = '" + id + "'"))
                    .isEqualTo(4);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_diagnosis WHERE encounter_id = '" + id
                    + "' AND replaced_at IS NULL")).isEqualTo(1);
            json(post(p, "/api/encounter/encounters/" + id + "/close", "{\"outcome\":\"HOME\"}"), 200);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterClosed'"
                    + " AND payload LIKE '%\"primaryDiagnosisCode\":\"J06.9\"%'")).isEqualTo(1);
            assertThat(send(p, "PUT", "/api/encounter/encounters/" + id + "/diagnoses", "{\"primaryCode\":\"I10\"}",
                    null).statusCode()).isEqualTo(409);
            assertThat(send(p, "PUT", "/api/encounter/encounters/nope/diagnoses", "{\"primaryCode\":\"I10\"}", null)
                    .statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void admission_takesOneBed_concurrentAdmissionsToOneBedLetExactlyOneIn_andTransferLeaveDischargeShowInTheCensus(
            TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String an = register(p, "Lâm Văn An");
            String visit = open(p, an, "EMERGENCY", "CC", null);
            JsonNode admitted = json(post(p, "/api/encounter/admissions", admission(visit, "NOI", "NOI-A-01")), 201);
            String stay = admitted.path("id").asText();
            assertThat(admitted.path("type").asText()).isEqualTo("INPATIENT");
            assertThat(admitted.path("bedCode").asText()).isEqualTo("NOI-A-01");
            assertThat(admitted.path("fromEncounterId").asText()).isEqualTo(visit);
            JsonNode origin = json(p.get("/api/encounter/encounters/" + visit), 200);
            assertThat(origin.path("outcome").asText()).isEqualTo("ADMITTED");
            assertThat(origin.path("admittedAsEncounterId").asText()).isEqualTo(stay);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.PatientAdmitted'"))
                    .isEqualTo(1);

            // two desks admit two patients into the same bed at once: exactly one gets it
            List<String> visits = new ArrayList<>();
            for (String name : List.of("Châu Văn Bình", "Quách Thị Cúc")) {
                visits.add(open(p, register(p, name), "OUTPATIENT", "KKB", "P101"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Integer> statuses = new ArrayList<>();
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String v : visits) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return send(p, "POST", "/api/encounter/admissions", admission(v, "NOI", "NOI-A-02"), "en");
                    }));
                }
                go.countDown();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> r = answer.get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 409) {
                        assertThat(r.body()).contains("ENC-0008").contains("Bed NOI-A-02 is occupied");
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_bed_stay WHERE occupied_bed = 'NOI-A-02'")).isEqualTo(1);

            JsonNode census = json(p.get("/api/encounter/census?department=NOI"), 200);
            assertThat(census.path("occupied").asInt()).isEqualTo(2);
            assertThat(census.path("free").asInt()).isEqualTo(18);
            JsonNode bed1 = census.path("beds").get(0);
            assertThat(bed1.path("bedCode").asText()).isEqualTo("NOI-A-01");
            assertThat(bed1.path("patientId").asText()).isEqualTo(an);
            assertThat(bed1.path("daysOfStay").asInt()).isEqualTo(1);

            // transfer to surgery; an occupied bed or the current bed are refused
            assertThat(send(p, "POST", "/api/encounter/encounters/" + stay + "/transfer",
                    "{\"toDepartmentCode\":\"NOI\",\"toBedCode\":\"NOI-A-02\",\"reason\":\"Đổi giường\"}", null)
                    .statusCode()).isEqualTo(409);
            JsonNode moved = json(post(p, "/api/encounter/encounters/" + stay + "/transfer",
                    "{\"toDepartmentCode\":\"NGOAI\",\"toBedCode\":\"NGOAI-A-03\",\"reason\":\"Chuyển mổ\"}"), 200);
            assertThat(moved.path("departmentCode").asText()).isEqualTo("NGOAI");
            assertThat(moved.path("bedCode").asText()).isEqualTo("NGOAI-A-03");
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.PatientTransferred'"))
                    .isEqualTo(1);
            assertThat(json(p.get("/api/encounter/census?department=NOI"), 200).path("occupied").asInt()).isEqualTo(1);

            // leave of absence keeps the bed
            JsonNode onLeave = json(post(p, "/api/encounter/encounters/" + stay + "/leave", "{\"until\":\""
                    + today().plusDays(2) + "\",\"reason\":\"Về quê giải quyết việc gia đình\"}"), 200);
            assertThat(onLeave.path("onLeaveUntil").asText()).isEqualTo(today().plusDays(2).toString());
            assertThat(post(p, "/api/encounter/encounters/" + stay + "/leave", "{\"until\":\"" + today()
                    + "\",\"reason\":\"Lần nữa\"}").statusCode()).isEqualTo(409);
            JsonNode surgery = json(p.get("/api/encounter/census?department=NGOAI"), 200);
            assertThat(surgery.path("occupied").asInt()).isEqualTo(1);
            assertThat(surgery.path("beds").get(2).path("onLeave").asBoolean()).isTrue();
            assertThat(json(post(p, "/api/encounter/encounters/" + stay + "/return", ""), 200).path("onLeaveUntil")
                    .isNull()).isTrue();
            assertThat(post(p, "/api/encounter/encounters/" + stay + "/return", "").statusCode()).isEqualTo(409);

            // closing an inpatient goes through discharge
            HttpResponse<String> close = send(p, "POST", "/api/encounter/encounters/" + stay + "/close",
                    "{\"outcome\":\"HOME\"}", "en");
            assertThat(json(close, 409).toString()).contains("ends only by discharge");
            JsonNode discharged = json(post(p, "/api/encounter/encounters/" + stay + "/discharge",
                    "{\"kind\":\"NORMAL\",\"result\":\"CURED\",\"note\":\"Tái khám sau 2 tuần\"}"), 200);
            assertThat(discharged.path("status").asText()).isEqualTo("CLOSED");
            assertThat(discharged.path("outcome").asText()).isEqualTo("HOME");
            assertThat(discharged.path("discharge").path("result").asText()).isEqualTo("CURED");
            assertThat(json(p.get("/api/encounter/census?department=NGOAI"), 200).path("occupied").asInt()).isZero();
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic = 'encounter.EncounterClosed'"
                    + " AND payload LIKE '%\"dischargeKind\":\"NORMAL\"%' AND payload LIKE '%\"daysOfStay\":1%'"
                    + " AND payload LIKE '%\"departmentCodes\":[\"NOI\",\"NGOAI\"]%'")).isEqualTo(1);
            JsonNode history = json(p.get("/api/encounter/encounters/" + stay + "/stay"), 200);
            assertThat(history.path("movements").findValuesAsText("bedCode")).containsExactly("NOI-A-01",
                    "NGOAI-A-03");
            assertThat(history.path("leaves").size()).isEqualTo(1);
            assertThat(history.path("daysOfStay").asInt()).isEqualTo(1);

            // discharging what is not an ongoing stay is a conflict
            HttpResponse<String> twice = send(p, "POST", "/api/encounter/encounters/" + stay + "/discharge",
                    "{\"kind\":\"NORMAL\",\"result\":\"CURED\"}", "en");
            assertThat(json(twice, 409).path("error").path("code").asText()).isEqualTo("ENC-0009");
            String outpatient = open(p, register(p, "Tạ Văn Ngoại"), "OUTPATIENT", "KKB", "P102");
            assertThat(send(p, "POST", "/api/encounter/encounters/" + outpatient + "/discharge",
                    "{\"kind\":\"NORMAL\",\"result\":\"CURED\"}", null).statusCode()).isEqualTo(409);
            assertThat(send(p, "POST", "/api/encounter/encounters/" + outpatient + "/transfer",
                    "{\"toDepartmentCode\":\"NOI\",\"toBedCode\":\"NOI-A-05\",\"reason\":\"x\"}", null).statusCode())
                    .isEqualTo(409);
            HttpResponse<String> badBed = send(p, "POST", "/api/encounter/admissions",
                    admission(outpatient, "NOI", "NGOAI-A-01"), "vi");
            assertThat(json(badBed, 400).toString()).contains("Giường NGOAI-A-01 không thuộc khoa NOI.");
            assertThat(p.get("/api/encounter/census?department=XYZ").statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unidentifiedEmergency_isRegisteredAndOpened_andFollowsTheSurvivorOfAMerge(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            long patientsBefore = p.queryLong("SELECT COUNT(*) FROM pat_patient");
            HttpResponse<String> refused = send(p, "POST", "/api/encounter/emergency/unidentified",
                    "{\"sex\":\"MALE\",\"approximateAge\":200,\"description\":\" \",\"departmentCode\":\"XYZ\"}", "en");
            assertThat(fields(json(refused, 400))).containsExactlyInAnyOrder("departmentCode", "description",
                    "approximateAge");
            assertThat(p.queryLong("SELECT COUNT(*) FROM pat_patient")).isEqualTo(patientsBefore);

            JsonNode emergency = json(post(p, "/api/encounter/emergency/unidentified",
                    "{\"sex\":\"MALE\",\"approximateAge\":40,\"description\":\"Nam khoảng 40 tuổi, áo khoác xanh,"
                            + " tai nạn giao thông\",\"departmentCode\":\"CC\"}"), 201);
            String unidentified = emergency.path("patientId").asText();
            String visit = emergency.path("id").asText();
            assertThat(emergency.path("type").asText()).isEqualTo("EMERGENCY");
            assertThat(json(p.get("/api/patient/patients/" + unidentified), 200).path("unidentified").asBoolean())
                    .isTrue();
            String stay = admit(p, visit, "HSTC", "HSTC-A-01");

            String survivor = register(p, "Trương Văn Đã Biết");
            json(post(p, "/api/patient/patients/" + survivor + "/merge", "{\"duplicateId\":\"" + unidentified
                    + "\",\"reason\":\"Người nhà đến nhận diện\"}"), 200);
            TestPlatform.waitUntil(Duration.ofSeconds(20), () -> {
                try {
                    return p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE patient_id = '" + survivor + "'") == 2;
                } catch (Exception e) {
                    return false;
                }
            }, "encounters re-pointed to the survivor");
            JsonNode repointed = json(p.get("/api/encounter/encounters/" + stay), 200);
            assertThat(repointed.path("patientId").asText()).isEqualTo(survivor);
            assertThat(repointed.path("originalPatientId").asText()).isEqualTo(unidentified);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_bed_stay WHERE patient_id = '" + survivor
                    + "' AND original_patient_id = '" + unidentified + "' AND occupied_bed = 'HSTC-A-01'"))
                    .isEqualTo(1);
            assertThat(json(p.get("/api/encounter/census?department=HSTC"), 200).path("beds").get(0)
                    .path("patientId").asText()).isEqualTo(survivor);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'UPDATE' AND principal_kind = 'SYSTEM'"
                    + " AND patient_id = '" + survivor + "' AND record_type = 'encounter'")).isEqualTo(2);
            // the merged record cannot be checked in any more
            assertThat(post(p, "/api/encounter/encounters", checkIn(unidentified, "OUTPATIENT", "KKB", "P101"))
                    .statusCode()).isEqualTo(409);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void layoutAdministration_createsChangesAndDeactivates_withConflictsAndUnknownCodes(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            JsonNode room = json(post(p, "/api/encounter/rooms", "{\"code\":\"p301\",\"name\":\"Phòng khám Nội 3\","
                    + "\"departmentCode\":\"KKB\"}"), 201);
            assertThat(room.path("code").asText()).isEqualTo("P301");
            assertThat(room.path("active").asBoolean()).isTrue();
            assertThat(post(p, "/api/encounter/rooms", "{\"code\":\"P301\",\"name\":\"Trùng\",\"departmentCode\":"
                    + "\"KKB\"}").statusCode()).isEqualTo(409);
            assertThat(open(p, register(p, "Kha Văn Mới"), "OUTPATIENT", "KKB", "P301")).isNotBlank();
            assertThat(json(send(p, "PUT", "/api/encounter/rooms/P301", "{\"active\":false}", null), 200)
                    .path("active").asBoolean()).isFalse();
            assertThat(post(p, "/api/encounter/encounters", checkIn(register(p, "Kha Văn Muộn"), "OUTPATIENT", "KKB",
                    "P301")).statusCode()).isEqualTo(400);
            assertThat(send(p, "PUT", "/api/encounter/rooms/NOPE", "{\"name\":\"X\"}", null).statusCode())
                    .isEqualTo(404);
            HttpResponse<String> badRoom = send(p, "POST", "/api/encounter/rooms",
                    "{\"code\":\"P 9/9\",\"departmentCode\":\"XYZ\"}", "en");
            assertThat(fields(json(badRoom, 400))).containsExactly("code", "name", "departmentCode");

            json(post(p, "/api/encounter/departments", "{\"code\":\"UB\",\"name\":\"Khoa Ung bướu\"}"), 201);
            json(post(p, "/api/encounter/wards", "{\"code\":\"UB-A\",\"name\":\"Khu điều trị Ung bướu\","
                    + "\"departmentCode\":\"UB\"}"), 201);
            json(post(p, "/api/encounter/beds", "{\"code\":\"UB-A-01\",\"wardCode\":\"UB-A\"}"), 201);
            assertThat(json(p.get("/api/encounter/departments"), 200).findValuesAsText("code")).contains("UB");
            JsonNode census = json(p.get("/api/encounter/census?department=UB"), 200);
            assertThat(census.path("free").asInt()).isEqualTo(1);

            String visit = open(p, register(p, "Kiều Thị Bướu"), "EMERGENCY", "CC", null);
            admit(p, visit, "UB", "UB-A-01");
            HttpResponse<String> deactivate = send(p, "PUT", "/api/encounter/beds/UB-A-01", "{\"active\":false}", "en");
            assertThat(json(deactivate, 409).path("error").path("code").asText()).isEqualTo("ENC-0008");
            assertThat(json(send(p, "PUT", "/api/encounter/departments/UB", "{\"name\":\"Khoa Ung bướu - Hóa trị\"}",
                    null), 200).path("name").asText()).isEqualTo("Khoa Ung bướu - Hóa trị");
            assertThat(send(p, "PUT", "/api/encounter/departments/UB", "{\"code\":\"UB2\"}", null).statusCode())
                    .isEqualTo(400);
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_audit WHERE action = 'ADMINISTER'"
                    + " AND record_type LIKE 'encounter.%'")).isEqualTo(6);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void demoData_afterThePatientDemo_leavesPatientsInBedsAndInTodaysQueues(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db"));
                TestPlatform p = TestPlatform.builder(home).database(db).withSecurity()
                        .setting("demo.enabled", "true")
                        .coreBundle(Path.of(System.getProperty("mekong.patient.jar")))
                        .coreBundle(Path.of(System.getProperty("mekong.terminology.jar")))
                        .coreBundle(Path.of(System.getProperty("mekong.encounter.jar"))).start()) {
            TestPlatform.waitUntil(Duration.ofMinutes(5), () -> {
                try {
                    return p.queryLong("SELECT COUNT(*) FROM plt_demo_loaded WHERE contributor_id = 'encounter.demo'")
                            == 1;
                } catch (Exception e) {
                    return false;
                }
            }, "encounter demo data loaded");
            long inBeds = p.queryLong("SELECT COUNT(*) FROM enc_bed_stay WHERE occupied_bed IS NOT NULL");
            assertThat(inBeds).isBetween(15L, 28L);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE encounter_type = 'INPATIENT'"
                    + " AND status = 'OPEN'")).isEqualTo(inBeds);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE discharge_kind IS NOT NULL")).isPositive();
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE on_leave_until IS NOT NULL")).isEqualTo(2);
            String today = "CAST('" + today() + "' AS DATE)";
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE queue_date = " + today
                    + " AND queue_status = 'WAITING'")).isPositive();
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE queue_date = " + today
                    + " AND queue_status = 'DONE'")).isPositive();
            assertThat(p.queryLong("SELECT COUNT(DISTINCT queue_date) FROM enc_encounter")).isEqualTo(7);
            assertThat(p.queryLong("SELECT COUNT(DISTINCT room_code) FROM enc_encounter")).isGreaterThanOrEqualTo(8);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE outcome = 'HOME'")).isGreaterThan(50);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE coverage_type = 'INSURANCE'"))
                    .isPositive();
            // children are seen in the paediatric clinic only
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter WHERE room_code = 'P105'")).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusedCheckIns_answerWithFieldErrorsOr404_andStoreNothing_andNoTokenGets401(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, home.resolve("db")); TestPlatform p = start(db)) {
            String patient = register(p, "Đặng Thị Mai");

            HttpResponse<String> unknownPatient = post(p, "/api/encounter/encounters",
                    checkIn("00000000-0000-0000-0000-000000000000", "OUTPATIENT", "KKB", "P101"));
            assertThat(unknownPatient.statusCode()).as(unknownPatient.body()).isEqualTo(404);

            String voided = register(p, "Bùi Văn Hủy");
            json(post(p, "/api/patient/patients/" + voided + "/void", "{\"reason\":\"Đăng ký trùng\"}"), 200);
            HttpResponse<String> voidedPatient = post(p, "/api/encounter/encounters",
                    checkIn(voided, "OUTPATIENT", "KKB", "P101"));
            assertThat(voidedPatient.statusCode()).as(voidedPatient.body()).isEqualTo(409);
            assertThat(voidedPatient.body()).contains("ENC-0005");

            HttpResponse<String> badDepartment = send(p, "POST", "/api/encounter/encounters",
                    "{\"patientId\":\"" + patient + "\",\"type\":\"OUTPATIENT\",\"departmentCode\":\"XYZ\","
                            + "\"reason\":\"  \"}", "vi");
            assertThat(badDepartment.statusCode()).as(badDepartment.body()).isEqualTo(400);
            assertThat(badDepartment.body()).contains("\"field\":\"departmentCode\"").contains("\"field\":\"reason\"")
                    .contains("Không có khoa đang hoạt động với mã XYZ").contains("Vui lòng nhập lý do khám.");

            HttpResponse<String> badType = send(p, "POST", "/api/encounter/encounters",
                    checkIn(patient, "HOME_VISIT", "KKB", "P101"), "en");
            assertThat(badType.statusCode()).as(badType.body()).isEqualTo(400);
            assertThat(badType.body()).contains("\"field\":\"type\"").contains("OUTPATIENT or EMERGENCY");
            HttpResponse<String> inpatient = send(p, "POST", "/api/encounter/encounters",
                    checkIn(patient, "INPATIENT", "NOI", null), "en");
            assertThat(json(inpatient, 400).toString()).contains("/api/encounter/admissions");

            HttpResponse<String> badOutcome = send(p, "POST", "/api/encounter/encounters/x/close",
                    "{\"outcome\":\"CURED\"}", "en");
            assertThat(badOutcome.statusCode()).isEqualTo(400);
            assertThat(badOutcome.body()).contains("\"field\":\"outcome\"");

            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter")).isZero();
            assertThat(p.queryLong("SELECT COUNT(*) FROM plt_outbox WHERE topic LIKE 'encounter.%'")).isZero();

            p.useToken(null);
            assertThat(p.get("/api/encounter/departments").statusCode()).isEqualTo(401);
            assertThat(p.get("/api/encounter/encounters?patientId=" + patient).statusCode()).isEqualTo(401);
            assertThat(p.post("/api/encounter/encounters", checkIn(patient, "OUTPATIENT", "KKB", "P101")).statusCode())
                    .isEqualTo(401);
            assertThat(p.queryLong("SELECT COUNT(*) FROM enc_encounter")).isZero();
        }
    }
}
