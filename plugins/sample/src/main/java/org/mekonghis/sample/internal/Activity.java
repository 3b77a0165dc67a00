package org.mekonghis.sample.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One line of the board's activity feed, in {@code smp_activity}, written by
 * {@link NoticeActivitySubscriber} once per event.
 */
@Entity
@Table(name = "smp_activity")
@NamedQueries({
        @NamedQuery(name = Activity.LATEST, query = "SELECT a FROM Activity a ORDER BY a.recordedAt DESC, a.id DESC"),
        @NamedQuery(name = Activity.COUNT, query = "SELECT COUNT(a) FROM Activity a"),
        @NamedQuery(name = Activity.COUNT_DISTINCT_EVENTS, query = "SELECT COUNT(DISTINCT a.eventId) FROM Activity a") })
public class Activity {
    static final String LATEST = "Activity.latest";
    static final String COUNT = "Activity.count";
    static final String COUNT_DISTINCT_EVENTS = "Activity.countDistinctEvents";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "event_id", length = 36, nullable = false)
    private String eventId;

    @Column(name = "notice_id", length = 36, nullable = false)
    private String noticeId;

    @Column(name = "actor", length = 200, nullable = false)
    private String actor;

    /** An English summary for API clients and logs; the UI builds its own translated line. */
    @Column(name = "text", length = 400, nullable = false)
    private String text;

    /** UTC wall-clock time, as in {@link Notice}. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    /** For JPA. */
    protected Activity() {
    }

    Activity(String id, String eventId, String noticeId, String actor, String text, Instant recordedAt) {
        this.id = id;
        this.eventId = eventId;
        this.noticeId = noticeId;
        this.actor = actor;
        this.text = text;
        this.recordedAt = Notice.toUtc(recordedAt);
    }

    ActivityEntry toEntry() {
        return new ActivityEntry(id, eventId, noticeId, actor, text, recordedAt.toInstant(ZoneOffset.UTC));
    }
}
