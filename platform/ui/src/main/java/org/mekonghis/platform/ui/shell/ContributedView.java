package org.mekonghis.platform.ui.shell;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one route target of every contributed route. On navigation it finds the contribution
 * owning the route, checks the user's permission (a refusal is audited) and asks the
 * contribution for its view. A view that fails to build is replaced by an {@link ErrorPanel}
 * and recorded against its bundle; the menu and the other screens keep working.
 */
public final class ContributedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ContributedView.class);

    /** CSS class of the element wrapping a contributed view. */
    public static final String CLASS_NAME = "mekong-contributed-view";

    private final transient ShellContext shell;
    private transient ContributionRoutes.Entry entry;
    private String title = "";

    ContributedView(ShellContext shell) {
        this.shell = shell;
        addClassName(CLASS_NAME);
        setSizeFull();
        getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        entry = null;
        List<String> tail = event.getRouteParameters().getWildcard(ContributionRoutes.PATH_PARAMETER);
        List<String> segments = event.getLocation().getSegments();
        String route = String.join("/", segments.subList(0, Math.max(0, segments.size() - tail.size())));
        getElement().setAttribute("data-route", route);

        Optional<ContributionRoutes.Entry> found = shell.routes().find(route);
        if (found.isEmpty()) {
            // removed between route resolution and now
            title = getTranslation("shell.notFound.title");
            add(ErrorPanel.notice(getTranslation("shell.viewRemoved")));
            return;
        }
        entry = found.get();
        title = getTranslation(entry.titleKey());

        Optional<Principal> principal = shell.authenticator().currentPrincipal();
        if (principal.isEmpty()) {
            add(ErrorPanel.notice(getTranslation("error.notAuthenticated")));
            return;
        }
        if (!entry.permits(principal.get())) {
            LOG.info("user {} refused view {}: no permission {}", principal.get().id(), route, entry.permission());
            shell.auditAccessDenied(route);
            add(ErrorPanel.notice(getTranslation("error.accessDenied")));
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                parameters.put(name, values.get(0));
            }
        });
        ViewContext context = new ViewContext(tail, parameters, getLocale(), principal.get());
        add(render(entry, context));
    }

    private Component render(ContributionRoutes.Entry view, ViewContext context) {
        ViewContribution contribution = view.contribution();
        try {
            Component created = contribution.createView(context);
            if (created == null) {
                throw new IllegalStateException("HIS-0401: createView of route " + view.route() + " returned null");
            }
            return created;
        } catch (MekongException e) {
            if (e.httpStatus() < 500) {
                // the user's request was refused (permission, missing record): not a fault of the bundle
                LOG.info("view {} refused: {}", view.route(), e.getMessage());
                return ErrorPanel.notice(ErrorPanel.userMessage(this, e));
            }
            return failed(view, e);
        } catch (RuntimeException | LinkageError e) {
            return failed(view, e);
        }
    }

    private Component failed(ContributionRoutes.Entry view, Throwable error) {
        String bundleName = view.bundle() == null ? "?" : view.bundle().getSymbolicName();
        LOG.error("HIS-0401: view {} of bundle {} failed to render", view.route(), bundleName, error);
        try {
            shell.host().status().recordFailure(view.bundle(), "render view " + view.route(), error);
        } catch (RuntimeException e) {
            LOG.warn("could not record the failure of view {}", view.route(), e);
        }
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        String text = error instanceof MekongException ? ErrorPanel.userMessage(this, error) + " "
                + getTranslation("error.renderFailed.text", bundleName) : getTranslation("error.renderFailed.text", bundleName);
        return new ErrorPanel(ErrorPanel.Kind.ERROR, getTranslation("error.renderFailed.title"), text,
                getTranslation("error.reference", time));
    }

    /** Replaces the view by a notice when its contribution went away while it was shown. */
    void checkStillAvailable() {
        if (entry != null && !shell.routes().isActive(entry)) {
            LOG.debug("view {} went away while shown", entry.route());
            entry = null;
            removeAll();
            add(ErrorPanel.notice(getTranslation("shell.viewRemoved")));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("shell.appTitle");
    }
}
