package org.mekonghis.sample.internal;

import java.time.Clock;
import java.time.Duration;

import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.job.ScheduledJob;
import org.mekonghis.sample.api.NoticeBoard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes notices off the board once they are older than {@code sample.board.max-age}
 * (default 30 days), checking every {@code sample.board.archive-interval} (default 1 hour).
 * Old notices are archived, not deleted.
 */
@Component(service = ScheduledJob.class)
public final class NoticeArchiveJob implements ScheduledJob {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeArchiveJob.class);

    static final String MAX_AGE = "sample.board.max-age";
    static final String INTERVAL = "sample.board.archive-interval";

    private final NoticeBoard board;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration interval;

    @Activate
    public NoticeArchiveJob(@Reference NoticeBoard board, @Reference Configuration configuration) {
        this(board, configuration, Clock.systemUTC());
    }

    NoticeArchiveJob(NoticeBoard board, Configuration configuration, Clock clock) {
        this.board = board;
        this.clock = clock;
        this.maxAge = configuration.getDuration(MAX_AGE, Duration.ofDays(30));
        this.interval = configuration.getDuration(INTERVAL, Duration.ofHours(1));
        LOG.debug("Notices are archived after {}, checked every {}", maxAge, interval);
    }

    @Override
    public String id() {
        return "sample.archive-old-notices";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        board.archivePostedBefore(clock.instant().minus(maxAge));
    }
}
