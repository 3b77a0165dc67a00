package org.mekonghis.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.testing.fakes.FakeHttp;
import org.mekonghis.platform.testing.fakes.FakeSecurityContext;
import org.mekonghis.platform.testing.fakes.MutableClock;
import org.mekonghis.sample.api.InvalidNoticeException;
import org.mekonghis.sample.api.NoticeBoard;
import org.mekonghis.sample.api.NoticePosted;

class SampleRestEndpointTest {
    private final ObjectMapper json = new ObjectMapper();

    private static TestDatabase database;
    private NoticeBoardImpl board;
    private SampleRestEndpoint endpoint;

    @BeforeEach
    void setUp() {
        database.reset();
        FakeSecurityContext security = FakeSecurityContext.signedIn("u-17", "Nguyễn Thị Lan", NoticeBoard.PERMISSION);
        board = new NoticeBoardImpl(database, security, new MutableClock(Instant.parse("2025-03-01T01:00:00Z")));
        endpoint = new SampleRestEndpoint(board, new ActivityLog(database, security));
    }

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    private FakeHttp.Response call(String method, String path, String body, Map<String, String> parameters)
            throws IOException {
        FakeHttp.Response response = new FakeHttp.Response();
        endpoint.handle(FakeHttp.request(method, body, parameters), response.servlet(), path);
        return response;
    }

    private MekongException failure(String method, String path, String body, Map<String, String> parameters) {
        return catchThrowableOfType(MekongException.class, () -> call(method, path, body, parameters));
    }

    @Test
    void name_isSample() {
        assertThat(endpoint.name()).isEqualTo("sample");
    }

    @Test
    void postNotice_withValidJson_answers201WithTheNotice() throws Exception {
        FakeHttp.Response response = call("POST", "/notices",
                "{\"title\":\"Lịch tiêm vắc-xin\",\"body\":\"Thứ Hai, 8 giờ\",\"extra\":1}", Map.of());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.contentType()).isEqualTo("application/json");
        JsonNode notice = json.readTree(response.body());
        assertThat(notice.get("title").asText()).isEqualTo("Lịch tiêm vắc-xin");
        assertThat(notice.get("body").asText()).isEqualTo("Thứ Hai, 8 giờ");
        assertThat(notice.get("author").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(notice.get("postedAt").asText()).isEqualTo("2025-03-01T01:00:00Z");
        assertThat(notice.get("archived").asBoolean()).isFalse();
        assertThat(response.headers().get("Location")).isEqualTo("/api/sample/notices/" + notice.get("id").asText());
        assertThat(database.committedEvents()).hasSize(1).first().isInstanceOf(NoticePosted.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "not json", "[\"title\"]", "\"title\"", "{\"title\": 5}", "{\"title\": {\"a\": 1}}",
            "{\"title\": \"A\", \"body\": true}", "{\"title\": \"A\"} {\"title\": \"B\"}",
            "{\"title\": \"A\", \"title\": \"B\"}", "{\"title\": \"A\"" })
    void postNotice_withMalformedBody_throwsBadRequestAndStoresNothing(String body) {
        MekongException e = failure("POST", "/notices", body, Map.of());

        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.code()).isEqualTo("SMP-0005");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(database.rows("smp_notice")).isZero();
        assertThat(database.committedEvents()).isEmpty();
    }

    @Test
    void postNotice_withoutTitle_throwsTitleRequiredAndStoresNothing() {
        MekongException e = failure("POST", "/notices", "{\"body\":\"no title\"}", Map.of());

        assertThat(e).isInstanceOf(InvalidNoticeException.class);
        assertThat(e.code()).isEqualTo("SMP-0001");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(database.rows("smp_notice")).isZero();
    }

    @Test
    void postNotice_withTooLongTitle_throwsTitleTooLong() {
        MekongException e = failure("POST", "/notices", "{\"title\":\"" + "x".repeat(201) + "\"}", Map.of());

        assertThat(e.code()).isEqualTo("SMP-0002");
        assertThat(database.rows("smp_notice")).isZero();
    }

    @Test
    void postNotice_withOversizedBody_throwsPayloadTooLarge() {
        String huge = "{\"title\":\"A\",\"body\":\"" + "x".repeat(SampleRestEndpoint.MAX_BODY_BYTES) + "\"}";

        MekongException e = failure("POST", "/notices", huge, Map.of());

        assertThat(e.code()).isEqualTo("SMP-0009");
        assertThat(e.httpStatus()).isEqualTo(413);
    }

    @Test
    void getNotices_answersAJsonArrayNewestFirstUpToTheLimit() throws Exception {
        board.post("First", "");
        board.post("Second", "");
        board.post("Third", "");

        FakeHttp.Response response = call("GET", "/notices", "", Map.of("limit", "2"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode notices = json.readTree(response.body());
        assertThat(notices.isArray()).isTrue();
        assertThat(notices).extracting(n -> n.get("title").asText()).containsExactly("Third", "Second");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-1", "abc", "501", "1.5" })
    void getNotices_withBadLimit_throwsBadRequest(String limit) {
        MekongException e = failure("GET", "/notices", "", Map.of("limit", limit));

        assertThat(e.code()).isEqualTo("SMP-0006");
        assertThat(e.httpStatus()).isEqualTo(400);
    }

    @Test
    void limit_withoutValue_isTheDefault() {
        assertThat(SampleRestEndpoint.limit(null)).isEqualTo(SampleRestEndpoint.DEFAULT_LIMIT);
        assertThat(SampleRestEndpoint.limit(" 7 ")).isEqualTo(7);
    }

    @Test
    void archive_answersTheArchivedNotice() throws Exception {
        String id = board.post("Old", "").id();

        FakeHttp.Response response = call("POST", "/notices/" + id + "/archive", "", Map.of());

        assertThat(json.readTree(response.body()).get("archived").asBoolean()).isTrue();
        assertThat(board.count()).isZero();
    }

    @Test
    void archive_ofUnknownNotice_throwsNotFound() {
        assertThat(failure("POST", "/notices/nope/archive", "", Map.of()).httpStatus()).isEqualTo(404);
    }

    @Test
    void stats_countNoticesAndActivity() throws Exception {
        board.post("One", "");
        NoticeActivitySubscriber subscriber = new NoticeActivitySubscriber(database, new MutableClock(Instant.EPOCH));
        TestEnvelope event = TestEnvelope.of(database.committedEvents().get(0));
        subscriber.onEvent(event);
        subscriber.onEvent(event);

        FakeHttp.Response response = call("GET", "/stats", "", Map.of());

        assertThat(json.readTree(response.body()))
                .isEqualTo(json.readTree("{\"notices\":1,\"activities\":1,\"distinctActivityEvents\":1}"));
        JsonNode activity = json.readTree(call("GET", "/activity", "", Map.of()).body());
        assertThat(activity).singleElement().satisfies(line -> {
            assertThat(line.get("eventId").asText()).isEqualTo(event.id());
            assertThat(line.get("text").asText()).isEqualTo("notice posted by Nguyễn Thị Lan");
            assertThat(line.get("recordedAt").asText()).isEqualTo("1970-01-01T00:00:00Z");
        });
    }

    @Test
    void unknownPath_throwsNotFound() {
        MekongException e = failure("GET", "/nothing", "", Map.of());

        assertThat(e.code()).isEqualTo("SMP-0007");
        assertThat(e.httpStatus()).isEqualTo(404);
    }

    @Test
    void unsupportedMethod_throwsMethodNotAllowed() {
        assertThat(failure("DELETE", "/notices", "", Map.of()).httpStatus()).isEqualTo(405);
        assertThat(failure("POST", "/stats", "", Map.of()).httpStatus()).isEqualTo(405);
    }
}
