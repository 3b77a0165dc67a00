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

import org.mekonghis.sample.api.NoticeDto;

/**
 * A notice as stored in {@code smp_notice}. Never leaves this bundle: callers get {@link NoticeDto}.
 */
@Entity
@Table(name = "smp_notice")
@NamedQueries({
        @NamedQuery(name = Notice.ON_BOARD,
                query = "SELECT n FROM Notice n WHERE n.archived = FALSE ORDER BY n.postedAt DESC, n.id DESC"),
        @NamedQuery(name = Notice.COUNT_ON_BOARD, query = "SELECT COUNT(n) FROM Notice n WHERE n.archived = FALSE"),
        @NamedQuery(name = Notice.ARCHIVE_POSTED_BEFORE,
                query = "UPDATE Notice n SET n.archived = TRUE WHERE n.archived = FALSE AND n.postedAt < :cutoff") })
public class Notice {
    static final String ON_BOARD = "Notice.onBoard";
    static final String COUNT_ON_BOARD = "Notice.countOnBoard";
    static final String ARCHIVE_POSTED_BEFORE = "Notice.archivePostedBefore";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Column(name = "body", length = 4000)
    private String body;

    @Column(name = "author", length = 200, nullable = false)
    private String author;

    @Column(name = "author_id", length = 100, nullable = false)
    private String authorId;

    /** UTC wall-clock time: a TIMESTAMP column means the same on Derby and PostgreSQL whatever the JVM zone. */
    @Column(name = "posted_at", nullable = false)
    private LocalDateTime postedAt;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    /** For JPA. */
    protected Notice() {
    }

    Notice(String id, String title, String body, String author, String authorId, Instant postedAt) {
        this.id = id;
        this.title = title;
        this.body = body;
        this.author = author;
        this.authorId = authorId;
        this.postedAt = toUtc(postedAt);
        this.archived = false;
    }

    static LocalDateTime toUtc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    String id() {
        return id;
    }

    boolean archived() {
        return archived;
    }

    void archive() {
        this.archived = true;
    }

    NoticeDto toDto() {
        return new NoticeDto(id, title, body == null ? "" : body, author, authorId, postedAt.toInstant(ZoneOffset.UTC),
                archived);
    }
}
