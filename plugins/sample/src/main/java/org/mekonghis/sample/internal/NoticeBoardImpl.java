package org.mekonghis.sample.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.sample.api.NoticeBoard;
import org.mekonghis.sample.api.NoticeDto;
import org.mekonghis.sample.api.NoticeNotFoundException;
import org.mekonghis.sample.api.NoticePosted;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The notice board over the bundle's own tables. */
@Component(service = NoticeBoard.class)
public final class NoticeBoardImpl implements NoticeBoard {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeBoardImpl.class);

    private final Database database;
    private final SecurityContext security;
    private final Clock clock;
    private final AtomicReference<Instant> lastPostedAt = new AtomicReference<>(Instant.EPOCH);

    @Activate
    public NoticeBoardImpl(@Reference SampleDatabase store, @Reference SecurityContext security) {
        this(store.database(), security, Clock.systemUTC());
    }

    NoticeBoardImpl(Database database, SecurityContext security, Clock clock) {
        this.database = database;
        this.security = security;
        this.clock = clock;
    }

    @Override
    public NoticeDto post(String title, String body) {
        Principal author = security.require(PERMISSION);
        NoticeDraft draft = NoticeDraft.of(title, body);
        Instant postedAt = nextPostedAt();
        String authorName = author.displayName() == null || author.displayName().isBlank() ? author.username()
                : author.displayName();
        NoticeDto posted = database.inTransaction(tx -> {
            Notice notice = new Notice(UUID.randomUUID().toString(), draft.title(), draft.body(), authorName,
                    author.id(), postedAt);
            tx.em().persist(notice);
            // Same transaction: the event exists exactly when the notice does.
            tx.publish(new NoticePosted(notice.id(), draft.title(), authorName, postedAt));
            return notice.toDto();
        });
        LOG.info("Notice {} posted by principal {}", posted.id(), author.id());
        return posted;
    }

    @Override
    public List<NoticeDto> list(int limit) {
        security.require(PERMISSION);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        int max = Math.min(limit, LIST_MAX);
        return database.read(em -> em.createNamedQuery(Notice.ON_BOARD, Notice.class)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(Notice::toDto)
                .toList());
    }

    @Override
    public NoticeDto archive(String noticeId) {
        Principal principal = security.require(PERMISSION);
        if (noticeId == null || noticeId.isBlank()) {
            throw new NoticeNotFoundException(String.valueOf(noticeId));
        }
        return database.inTransaction(tx -> {
            Notice notice = tx.em().find(Notice.class, noticeId);
            if (notice == null) {
                throw new NoticeNotFoundException(noticeId);
            }
            if (!notice.archived()) {
                notice.archive();
                LOG.info("Notice {} archived by principal {}", noticeId, principal.id());
            }
            return notice.toDto();
        });
    }

    @Override
    public int archivePostedBefore(Instant cutoff) {
        security.require(PERMISSION);
        int archived = database.inTransaction(tx -> tx.em().createNamedQuery(Notice.ARCHIVE_POSTED_BEFORE)
                .setParameter("cutoff", Notice.toUtc(cutoff))
                .executeUpdate());
        if (archived > 0) {
            LOG.info("Archived {} notice(s) posted before {}", archived, cutoff);
        }
        return archived;
    }

    @Override
    public long count() {
        security.require(PERMISSION);
        return database.read(em -> em.createNamedQuery(Notice.COUNT_ON_BOARD, Long.class).getSingleResult());
    }

    /*
     * The board lists newest first by posting time. Two notices posted within the same
     * millisecond would otherwise tie, so each posting time is kept strictly after the previous one.
     */
    private Instant nextPostedAt() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return lastPostedAt.updateAndGet(last -> now.isAfter(last) ? now : last.plusMillis(1));
    }
}
