package org.mekonghis.clinical.ui.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes open screens (the room queue, the ward census) from the server, so check-ins made at
 * reception show up without a reload.
 *
 * <p>The shell pushes changes to the browser; this component only decides when. A client-side
 * poll ({@code UI.setPollInterval}) would count as user activity and keep an unattended screen
 * signed in forever; a server-side refresh pushed to the page does not. The refresh runs as the
 * user who opened the screen, so the services check that user's permissions as on a click.
 * One thread serves every screen of the node; each screen's work runs under its own session
 * lock. Setting {@value #INTERVAL_KEY} (default 5 s) trades freshness against load.
 */
@org.osgi.service.component.annotations.Component(service = LiveUpdates.class)
public final class LiveUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    static final String INTERVAL_KEY = "clinical.ui.refresh-interval";
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final SecurityContext security;
    private final Duration interval;
    private final Map<Watch, Boolean> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    @Activate
    public LiveUpdates(@Reference SecurityContext security, @Reference Configuration configuration) {
        this(security, configuration.getDuration(INTERVAL_KEY, DEFAULT_INTERVAL));
    }

    LiveUpdates(SecurityContext security, Duration interval) {
        this.security = security;
        this.interval = interval.isNegative() || interval.isZero() ? DEFAULT_INTERVAL : interval;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clinical-ui-refresh");
            t.setDaemon(true);
            return t;
        });
        long millis = this.interval.toMillis();
        timer.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
        LOG.debug("{} = {}", INTERVAL_KEY, this.interval);
    }

    /** How often watched screens refresh. */
    public Duration interval() {
        return interval;
    }

    /**
     * Calls {@code refresh} every {@link #interval()} while {@code view} is attached to a UI, in
     * that UI's lock and as {@code principal}. Call it once, when building the view.
     */
    public Registration watch(Component view, Principal principal, Runnable refresh) {
        Registration attach = view.addAttachListener(e -> watches.put(new Watch(view, e.getUI(), principal, refresh),
                Boolean.TRUE));
        Registration detach = view.addDetachListener(e -> watches.keySet().removeIf(w -> w.view() == view));
        view.getUI().ifPresent(ui -> watches.put(new Watch(view, ui, principal, refresh), Boolean.TRUE));
        return () -> {
            attach.remove();
            detach.remove();
            watches.keySet().removeIf(w -> w.view() == view);
        };
    }

    /** How many screens are watched now. */
    int watched() {
        return watches.size();
    }

    void tick() {
        for (Watch w : watches.keySet()) {
            try {
                w.ui().access(() -> run(w));
            } catch (UIDetachedException e) {
                watches.remove(w);
            } catch (RuntimeException e) {
                LOG.warn("could not schedule the refresh of a screen", e);
            }
        }
    }

    private void run(Watch w) {
        try {
            security.runAs(w.principal(), () -> {
                w.refresh().run();
                return null;
            });
        } catch (Exception e) {
            // the next tick tries again; a screen whose data is gone shows its own notice
            LOG.warn("refreshing a screen for user {} failed", w.principal().id(), e);
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
        watches.clear();
    }

    private record Watch(Component view, UI ui, Principal principal, Runnable refresh) {
    }
}
