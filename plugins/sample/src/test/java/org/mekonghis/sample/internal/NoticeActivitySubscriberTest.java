package org.mekonghis.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.testing.fakes.FakeSecurityContext;
import org.mekonghis.platform.testing.fakes.MutableClock;
import org.mekonghis.sample.api.NoticeBoard;
import org.mekonghis.sample.api.NoticePosted;

class NoticeActivitySubscriberTest {
    private static final Instant NOW = Instant.parse("2025-03-01T01:00:00Z");

    private static TestDatabase database;
    private NoticeActivitySubscriber subscriber;
    private ActivityLog log;

    @BeforeEach
    void setUp() {
        database.reset();
        subscriber = new NoticeActivitySubscriber(database, new MutableClock(NOW));
        log = new ActivityLog(database, FakeSecurityContext.signedIn("u-1", "Lan", NoticeBoard.PERMISSION));
    }

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void subscriber_listensToNoticePostedUnderAStableId() {
        assertThat(subscriber.id()).isEqualTo("sample.activity");
        assertThat(subscriber.topics()).containsExactly("sample.NoticePosted");
    }

    @Test
    void onEvent_recordsOneActivityLine() {
        TestEnvelope event = TestEnvelope.of(new NoticePosted("n-1", "Họp", "Trần Văn Minh", NOW));

        subscriber.onEvent(event);

        assertThat(log.latest(10)).singleElement().satisfies(line -> {
            assertThat(line.eventId()).isEqualTo(event.id());
            assertThat(line.noticeId()).isEqualTo("n-1");
            assertThat(line.actor()).isEqualTo("Trần Văn Minh");
            assertThat(line.text()).isEqualTo("notice posted by Trần Văn Minh");
            assertThat(line.recordedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void onEvent_redelivered_recordsNothingMore() {
        TestEnvelope event = TestEnvelope.of(new NoticePosted("n-1", "Họp", "Minh", NOW));
        TestEnvelope other = TestEnvelope.of(new NoticePosted("n-2", "PCCC", "Minh", NOW));

        subscriber.onEvent(event);
        subscriber.onEvent(event);
        subscriber.onEvent(other);

        assertThat(log.count()).isEqualTo(2);
        assertThat(log.countDistinctEvents()).isEqualTo(2);
    }
}
