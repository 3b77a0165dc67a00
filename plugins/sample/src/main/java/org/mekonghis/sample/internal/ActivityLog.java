package org.mekonghis.sample.internal;

import java.util.List;

import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.sample.api.NoticeBoard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the board's activity feed for the view and the REST API. Private to this bundle:
 * the feed is the plugin's own bookkeeping, not part of its API.
 */
@Component(service = ActivityLog.class)
public final class ActivityLog {
    /** The most lines returned at once. */
    static final int MAX = 500;

    private final Database database;
    private final SecurityContext security;

    @Activate
    public ActivityLog(@Reference SampleDatabase store, @Reference SecurityContext security) {
        this(store.database(), security);
    }

    ActivityLog(Database database, SecurityContext security) {
        this.database = database;
        this.security = security;
    }

    /** The latest lines, newest first; {@code limit} from 1, capped at {@value #MAX}. */
    List<ActivityEntry> latest(int limit) {
        security.require(NoticeBoard.PERMISSION);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        int max = Math.min(limit, MAX);
        return database.read(em -> em.createNamedQuery(Activity.LATEST, Activity.class)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(Activity::toEntry)
                .toList());
    }

    /** How many lines there are. */
    long count() {
        security.require(NoticeBoard.PERMISSION);
        return database.read(em -> em.createNamedQuery(Activity.COUNT, Long.class).getSingleResult());
    }

    /** How many distinct events the lines record; equal to {@link #count()} unless an event was recorded twice. */
    long countDistinctEvents() {
        security.require(NoticeBoard.PERMISSION);
        return database.read(em -> em.createNamedQuery(Activity.COUNT_DISTINCT_EVENTS, Long.class).getSingleResult());
    }
}
