package org.mekonghis.platform.api.job;

import java.time.Duration;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work the platform runs repeatedly, as the system principal, while the service is registered.
 * When several HIS nodes share a database, each run takes a lease in the database, so one node
 * runs it at a time. A failing run is logged and recorded against the bundle; the next run
 * happens as scheduled.
 */
@ConsumerType
public interface ScheduledJob {

    /** Stable id, e.g. {@code sample.archive-expired}. */
    String id();

    /** Time between the end of one run and the start of the next. */
    Duration interval();

    /** Delay before the first run. */
    default Duration initialDelay() {
        return interval();
    }

    void run() throws Exception;
}
