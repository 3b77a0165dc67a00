package org.mekonghis.platform.launcher.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.mekonghis.platform.api.event.EventSubscriber;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.ui.host.PlatformStatus;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to every registered {@link EventSubscriber}, at least once and in
 * order per subscriber. A delivery is recorded after the subscriber returns; a crash between
 * the two means the event comes again, which {@code Database.handleOnce} makes harmless.
 * A failing event is retried with back-off and, after {@link EventSubscriber#MAX_ATTEMPTS},
 * recorded as FAILED for that subscriber so that the others and later events keep flowing.
 */
public final class EventDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    private static final int BATCH = 200;

    private final DataSource dataSource;
    private final Outbox outbox;
    private final SecurityContext security;
    private final PlatformStatus status;
    private final Duration pollInterval;
    private final Duration settleHorizon;
    private final ServiceTracker<EventSubscriber, Registered> tracker;
    private final Map<String, Registered> subscribers = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean nudged;
    private volatile boolean running;
    private Thread thread;

    public EventDispatcher(BundleContext context, DataSource dataSource, Outbox outbox, SecurityContext security,
            PlatformStatus status, Duration pollInterval, Duration settleHorizon) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.security = security;
        this.status = status;
        this.pollInterval = pollInterval;
        this.settleHorizon = settleHorizon;
        this.tracker = new ServiceTracker<>(context, EventSubscriber.class, null) {
            @Override
            public Registered addingService(ServiceReference<EventSubscriber> reference) {
                EventSubscriber subscriber = context.getService(reference);
                if (subscriber == null) {
                    return null;
                }
                Registered r = new Registered(reference, subscriber);
                String id = safeId(subscriber);
                if (id == null || subscribers.putIfAbsent(id, r) != null) {
                    status.recordFailure(reference.getBundle(), "register event subscriber",
                            new IllegalStateException("HIS-0120: event subscriber id " + id + " is missing or already taken"));
                    context.ungetService(reference);
                    return null;
                }
                r.id = id;
                LOG.info("Event subscriber {} registered by {}", id, reference.getBundle().getSymbolicName());
                nudge();
                return r;
            }

            @Override
            public void removedService(ServiceReference<EventSubscriber> reference, Registered r) {
                subscribers.remove(r.id, r);
                context.ungetService(reference);
                LOG.info("Event subscriber {} removed", r.id);
            }
        };
    }

    public void start() {
        running = true;
        tracker.open();
        thread = new Thread(this::loop, "mekong-event-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Wakes the dispatcher: a transaction just committed events. */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        nudge();
        tracker.close();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            boolean more = false;
            for (Registered r : List.copyOf(subscribers.values())) {
                if (!running) {
                    return;
                }
                try {
                    more |= deliver(r);
                } catch (SQLException | RuntimeException e) {
                    LOG.warn("Event delivery to {} paused: {}", r.id, e.toString());
                }
            }
            if (!more) {
                await();
            }
        }
    }

    private void await() {
        lock.lock();
        try {
            if (!nudged && running) {
                wake.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Delivers one batch to one subscriber; true when it may have more. */
    private boolean deliver(Registered r) throws SQLException {
        if (r.retryAt != null && Instant.now().isBefore(r.retryAt)) {
            return false;
        }
        Set<String> topics = safeTopics(r);
        List<StoredEvent> batch;
        try (Connection c = dataSource.getConnection()) {
            if (r.watermark < 0) {
                r.watermark = outbox.watermark(c, r.id);
            }
            batch = outbox.pending(c, r.id, topics, r.watermark, BATCH);
        }
        for (StoredEvent event : batch) {
            if (!running || subscribers.get(r.id) != r) {
                return false;
            }
            if (!handle(r, event)) {
                return false;
            }
        }
        advanceWatermark(r, topics, batch.size() < BATCH);
        return batch.size() == BATCH;
    }

    private boolean handle(Registered r, StoredEvent event) throws SQLException {
        try {
            security.runAs(Principal.SYSTEM, () -> {
                r.subscriber.onEvent(event);
                return null;
            });
        } catch (Exception e) {
            int attempts = r.attempts.merge(event.id(), 1, Integer::sum);
            LOG.warn("Subscriber {} failed on {} (attempt {} of {}): {}", r.id, event, attempts,
                    EventSubscriber.MAX_ATTEMPTS, e.toString());
            status.recordFailure(r.reference.getBundle(), "event subscriber " + r.id + " on " + event.topic(), e);
            if (attempts < EventSubscriber.MAX_ATTEMPTS) {
                r.retryAt = Instant.now().plusMillis(200L << Math.min(attempts, 6));
                return false;
            }
            try (Connection c = dataSource.getConnection()) {
                outbox.recordDelivery(c, r.id, event, "FAILED", attempts, e.toString());
            }
            r.attempts.remove(event.id());
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            outbox.recordDelivery(c, r.id, event, "DONE", r.attempts.getOrDefault(event.id(), 0) + 1, null);
        }
        r.attempts.remove(event.id());
        r.retryAt = null;
        return true;
    }

    private void advanceWatermark(Registered r, Set<String> topics, boolean caughtUp) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<StoredEvent> first = outbox.pending(c, r.id, topics, r.watermark, 1);
            Long before = first.isEmpty() ? null : first.get(0).sequence();
            long settled = outbox.settledUpTo(c, r.watermark, before, Instant.now().minus(settleHorizon));
            if (settled > r.watermark) {
                r.watermark = settled;
                outbox.saveWatermark(c, r.id, settled);
            }
        }
    }

    private String safeId(EventSubscriber s) {
        try {
            return s.id();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Set<String> safeTopics(Registered r) {
        try {
            return Set.copyOf(r.subscriber.topics());
        } catch (RuntimeException e) {
            status.recordFailure(r.reference.getBundle(), "event subscriber " + r.id + " topics", e);
            return Set.of();
        }
    }

    /** Per-subscriber delivery state; touched only by the dispatcher thread. */
    static final class Registered {
        final ServiceReference<EventSubscriber> reference;
        final EventSubscriber subscriber;
        final Map<String, Integer> attempts = new HashMap<>();
        String id;
        long watermark = -1;
        Instant retryAt;

        Registered(ServiceReference<EventSubscriber> reference, EventSubscriber subscriber) {
            this.reference = reference;
            this.subscriber = subscriber;
        }
    }
}
