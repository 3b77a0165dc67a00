package org.mekonghis.platform.ui.contrib;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.ui.ChartTabContribution;
import org.mekonghis.platform.api.ui.RecordActionContribution;
import org.mekonghis.platform.api.ui.UiContributions;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.ui.host.UiHost;
import org.mekonghis.platform.ui.security.SessionAuthenticator;
import org.mekonghis.platform.ui.security.SessionPrincipalAuthenticator;
import org.mekonghis.platform.ui.shell.ErrorPanel;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's {@link UiContributions}: tracks {@link ChartTabContribution} and
 * {@link RecordActionContribution} services, filters them by the current user's permissions
 * and isolates their failures. A failing tab becomes an {@link ErrorPanel}, a failing action a
 * notification; either way the failure is logged and recorded against its bundle.
 *
 * <p>Call {@link #open()} before registering it as a service and {@link #close()} after
 * unregistering it.
 */
public final class UiContributionsImpl implements UiContributions {

    private static final Logger LOG = LoggerFactory.getLogger(UiContributionsImpl.class);

    private final UiHost host;
    private final SessionAuthenticator authenticator;
    private final ServiceTracker<ChartTabContribution, ChartTabContribution> tabs;
    private final ServiceTracker<RecordActionContribution, RecordActionContribution> actions;

    /** Contributions for the user signed in to the shell (see {@link SessionPrincipalAuthenticator}). */
    public UiContributionsImpl(UiHost host) {
        this(host, new SessionPrincipalAuthenticator(host.security()));
    }

    public UiContributionsImpl(UiHost host, SessionAuthenticator authenticator) {
        this.host = Objects.requireNonNull(host, "host");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.tabs = new ServiceTracker<>(host.bundleContext(), ChartTabContribution.class, null);
        this.actions = new ServiceTracker<>(host.bundleContext(), RecordActionContribution.class, null);
    }

    /** Starts tracking contributions. */
    public void open() {
        tabs.open();
        actions.open();
    }

    /** Stops tracking contributions. */
    public void close() {
        actions.close();
        tabs.close();
    }

    @Override
    public List<ChartTabContribution> chartTabs() {
        Optional<Principal> principal = authenticator.currentPrincipal();
        if (principal.isEmpty()) {
            return List.of();
        }
        return tracked(tabs, "chart tab", tab -> principal.get().has(tab.permission())).stream()
                .map(Tracked::service)
                .sorted(Comparator.comparingInt(ChartTabContribution::order).thenComparing(ChartTabContribution::id))
                .toList();
    }

    @Override
    public List<RecordActionContribution> actionsFor(String recordType) {
        Optional<Principal> principal = authenticator.currentPrincipal();
        if (principal.isEmpty()) {
            return List.of();
        }
        return tracked(actions, "record action",
                action -> Objects.equals(recordType, action.recordType()) && principal.get().has(action.permission()))
                .stream().map(Tracked::service)
                .sorted(Comparator.comparingInt(RecordActionContribution::order)
                        .thenComparing(RecordActionContribution::id))
                .toList();
    }

    @Override
    public Component renderTab(ChartTabContribution tab, String patientId) {
        Locale locale = locale();
        Optional<Principal> principal = authenticator.currentPrincipal();
        if (principal.isEmpty()) {
            return ErrorPanel.notice(text(locale, "error.notAuthenticated"));
        }
        Bundle bundle = bundleOf(tabs, tab);
        String id = safe(tab::id, "?");
        try {
            if (!principal.get().has(tab.permission())) {
                return ErrorPanel.notice(text(locale, "error.accessDenied"));
            }
            Component content = tab.createTab(patientId, new ViewContext(List.of(), Map.of(), locale, principal.get()));
            if (content == null) {
                throw new IllegalStateException("HIS-0404: chart tab " + id + " returned no content");
            }
            return content;
        } catch (MekongException e) {
            if (e.httpStatus() < 500) {
                LOG.info("chart tab {} refused: {}", id, e.getMessage());
                return ErrorPanel.notice(text(locale, e.messageKey(), e.arguments()));
            }
            return failedTab(locale, bundle, id, e);
        } catch (RuntimeException | LinkageError e) {
            return failedTab(locale, bundle, id, e);
        }
    }

    private Component failedTab(Locale locale, Bundle bundle, String id, Throwable error) {
        LOG.error("HIS-0404: chart tab {} of bundle {} failed to render", id, name(bundle), error);
        record(bundle, "render chart tab " + id, error);
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return new ErrorPanel(ErrorPanel.Kind.ERROR, text(locale, "error.renderFailed.title"),
                text(locale, "error.renderFailed.text", bundle == null ? "?" : bundle.getSymbolicName()),
                text(locale, "error.reference", time));
    }

    @Override
    public Component actionBar(String recordType, String recordId) {
        Locale locale = locale();
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("mekong-action-bar");
        bar.getElement().setAttribute("data-record-type", String.valueOf(recordType));
        for (RecordActionContribution action : actionsFor(recordType)) {
            Bundle bundle = bundleOf(actions, action);
            String id = safe(action::id, "?");
            boolean applies;
            try {
                applies = action.appliesTo(recordId);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("HIS-0405: action {} of bundle {} failed deciding whether it applies", id, name(bundle), e);
                record(bundle, "check action " + id, e);
                continue;
            }
            if (!applies) {
                continue;
            }
            String label = text(locale, safe(action::labelKey, id));
            Button button = new Button(label, click -> perform(action, bundle, id, label, recordId));
            button.getElement().setAttribute("data-action", id);
            bar.add(button);
        }
        return bar;
    }

    private void perform(RecordActionContribution action, Bundle bundle, String id, String label, String recordId) {
        Locale locale = locale();
        Optional<Principal> principal = authenticator.currentPrincipal();
        if (principal.isEmpty() || !principal.get().has(action.permission())) {
            notify(text(locale, principal.isEmpty() ? "error.notAuthenticated" : "error.accessDenied"));
            return;
        }
        try {
            action.perform(recordId, new ViewContext(List.of(), Map.of(), locale, principal.get()));
        } catch (MekongException e) {
            if (e.httpStatus() < 500) {
                LOG.info("action {} refused: {}", id, e.getMessage());
                notify(text(locale, e.messageKey(), e.arguments()));
                return;
            }
            failedAction(locale, bundle, id, label, e);
        } catch (RuntimeException | LinkageError e) {
            failedAction(locale, bundle, id, label, e);
        }
    }

    private void failedAction(Locale locale, Bundle bundle, String id, String label, Throwable error) {
        LOG.error("HIS-0405: action {} of bundle {} failed", id, name(bundle), error);
        record(bundle, "perform action " + id, error);
        notify(text(locale, "error.actionFailed", label));
    }

    private static void notify(String message) {
        if (UI.getCurrent() != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private <T> List<Tracked<T>> tracked(ServiceTracker<T, T> tracker, String kind, Predicate<T> filter) {
        List<Tracked<T>> result = new ArrayList<>();
        tracker.getTracked().forEach((reference, service) -> {
            Bundle bundle = reference.getBundle();
            try {
                if (filter.test(service)) {
                    result.add(new Tracked<>(service, bundle));
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.error("HIS-0407: {} of bundle {} failed describing itself", kind, name(bundle), e);
                record(bundle, "describe " + kind, e);
            }
        });
        return result;
    }

    private static <T> Bundle bundleOf(ServiceTracker<T, T> tracker, T service) {
        for (Map.Entry<ServiceReference<T>, T> entry : tracker.getTracked().entrySet()) {
            if (entry.getValue() == service) {
                return entry.getKey().getBundle();
            }
        }
        return null;
    }

    private void record(Bundle bundle, String activity, Throwable error) {
        if (bundle == null) {
            return;
        }
        try {
            host.status().recordFailure(bundle, activity, error);
        } catch (RuntimeException e) {
            LOG.warn("could not record the failure of {}", activity, e);
        }
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        List<Locale> locales = host.messages().locales();
        return locales.isEmpty() ? Messages.VIETNAMESE : locales.get(0);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return host.messages().get(locale, key, arguments);
    }

    private static String safe(java.util.function.Supplier<String> value, String fallback) {
        try {
            String result = value.get();
            return result == null ? fallback : result;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static String name(Bundle bundle) {
        return bundle == null ? "?" : bundle.getSymbolicName();
    }

    private record Tracked<T>(T service, Bundle bundle) {
    }
}
