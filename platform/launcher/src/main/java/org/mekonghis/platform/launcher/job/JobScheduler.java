package org.mekonghis.platform.launcher.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.mekonghis.platform.api.job.ScheduledJob;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.ui.host.PlatformStatus;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every registered {@link ScheduledJob} with a fixed delay, as the system principal. Before
 * each run the node takes the job's lease in the database, so nodes sharing a database do not
 * run the same job in the same period.
 */
public final class JobScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final DataSource dataSource;
    private final SecurityContext security;
    private final PlatformStatus status;
    private final String node = UUID.randomUUID().toString();
    private final ScheduledExecutorService executor;
    private final ServiceTracker<ScheduledJob, ScheduledFuture<?>> tracker;

    public JobScheduler(BundleContext context, DataSource dataSource, SecurityContext security, PlatformStatus status) {
        this.dataSource = dataSource;
        this.security = security;
        this.status = status;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "mekong-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.tracker = new ServiceTracker<>(context, ScheduledJob.class, null) {
            @Override
            public ScheduledFuture<?> addingService(ServiceReference<ScheduledJob> reference) {
                ScheduledJob job = context.getService(reference);
                if (job == null) {
                    return null;
                }
                try {
                    Duration interval = job.interval();
                    Duration delay = job.initialDelay();
                    if (interval.isNegative() || interval.isZero()) {
                        throw new IllegalArgumentException("HIS-0130: job " + job.id() + " has no positive interval");
                    }
                    LOG.info("Job {} scheduled every {}", job.id(), interval);
                    return executor.scheduleWithFixedDelay(() -> runOnce(reference, job), delay.toMillis(),
                            interval.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RuntimeException e) {
                    status.recordFailure(reference.getBundle(), "schedule job", e);
                    context.ungetService(reference);
                    return null;
                }
            }

            @Override
            public void removedService(ServiceReference<ScheduledJob> reference, ScheduledFuture<?> future) {
                future.cancel(false);
                context.ungetService(reference);
            }
        };
    }

    public void start() {
        tracker.open();
    }

    @Override
    public void close() {
        tracker.close();
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runOnce(ServiceReference<ScheduledJob> reference, ScheduledJob job) {
        String id = job.id();
        try {
            if (!takeLease(id, job.interval())) {
                LOG.debug("Job {} runs on another node this time", id);
                return;
            }
            security.runAs(Principal.SYSTEM, () -> {
                job.run();
                return null;
            });
        } catch (Exception e) {
            status.recordFailure(reference.getBundle(), "job " + id, e);
        }
    }

    /** Takes the job's lease for most of one interval; false when another node holds it. */
    boolean takeLease(String jobId, Duration interval) throws SQLException {
        Instant now = Instant.now();
        Instant until = now.plusMillis(Math.max(1000, interval.toMillis() * 9 / 10));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE plt_job_lease SET owner = ?, expires_at = ? WHERE job_id = ? AND (expires_at < ? OR owner = ?)")) {
                ps.setString(1, node);
                ps.setTimestamp(2, Timestamp.from(until));
                ps.setString(3, jobId);
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setString(5, node);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO plt_job_lease (job_id, owner, expires_at) VALUES (?, ?, ?)")) {
                ps.setString(1, jobId);
                ps.setString(2, node);
                ps.setTimestamp(3, Timestamp.from(until));
                ps.executeUpdate();
                return true;
            } catch (SQLException duplicate) {
                return false; // another node holds a lease that has not expired
            }
        }
    }
}
