package org.mekonghis.platform.ui.admin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditEntry;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.ui.shell.ContributionRoutes;
import org.mekonghis.platform.ui.shell.DayPicker;
import org.mekonghis.platform.ui.shell.ErrorPanel;
import org.mekonghis.platform.ui.shell.ShellContext;
import org.mekonghis.platform.ui.shell.VietnamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log viewer for auditors ({@value AuditTrail#PERMISSION}): entries filtered by
 * patient, user, action and dates (Vietnam days, both inclusive), newest first and loaded page by
 * page as the grid scrolls; the same filter exported as CSV; and a check of the whole hash chain.
 * Reading, exporting and verifying go through {@link AuditTrail}, which audits them in turn.
 */
public final class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AuditView.class);

    /** Id of the grid, for tests. */
    public static final String GRID_ID = "admin-audit-grid";
    /** Id of the CSV export link. */
    public static final String EXPORT_ID = "admin-audit-export";
    /** Id of the chain verification result; its {@code data-intact} attribute says the outcome. */
    public static final String VERIFICATION_ID = "admin-audit-verification";

    private static final int PAGE_SIZE = 50;

    private final transient ShellContext shell;
    private final TextField patient = new TextField();
    private final TextField user = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DayPicker from = new DayPicker("audit.filter.from");
    private final DayPicker to = new DayPicker("audit.filter.to");
    private final Grid<AuditEntry> grid = new Grid<>(PAGE_SIZE);
    private final Div verification = new Div();
    /** Read by the CSV download, which runs on its own request. */
    private transient volatile AuditTrail.Filter filter = AuditTrail.Filter.ALL;

    public AuditView(ShellContext shell) {
        this.shell = shell;
        setSizeFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Principal> principal = shell.authenticator().currentPrincipal();
        if (principal.isEmpty()) {
            add(ErrorPanel.notice(getTranslation("error.notAuthenticated")));
            return;
        }
        if (!principal.get().has(AuditTrail.PERMISSION)) {
            shell.auditAccessDenied(ContributionRoutes.AUDIT_ROUTE);
            add(ErrorPanel.notice(getTranslation("error.accessDenied")));
            return;
        }
        if (shell.services().auditTrail().isEmpty()) {
            add(title(), ErrorPanel.notice(getTranslation("audit.unavailable")));
            return;
        }
        build();
        search();
    }

    private Component title() {
        H2 title = new H2(getTranslation("audit.title"));
        title.getStyle().set("margin", "0");
        return title;
    }

    private void build() {
        Paragraph intro = new Paragraph(getTranslation("audit.intro"));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");

        patient.setId("admin-audit-patient");
        patient.setLabel(getTranslation("audit.filter.patient"));
        patient.setClearButtonVisible(true);
        patient.setWidth("8em");
        user.setId("admin-audit-user");
        user.setLabel(getTranslation("audit.filter.user"));
        user.setPlaceholder(getTranslation("audit.filter.userHint"));
        user.setClearButtonVisible(true);
        user.setWidth("11em");
        action.setId("admin-audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(this::actionName);
        action.setClearButtonVisible(true);
        action.setWidth("11em");
        action.setPlaceholder(getTranslation("audit.filter.anyAction"));
        from.setId("admin-audit-from");
        from.setWidth("9.5em");
        to.setId("admin-audit-to");
        to.setWidth("9.5em");
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));

        Button search = new Button(getTranslation("audit.search"), VaadinIcon.SEARCH.create(), click -> search());
        search.setId("admin-audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        Button reset = new Button(getTranslation("audit.reset"), click -> reset());
        reset.setId("admin-audit-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout filters = new HorizontalLayout(patient, user, action, from, to, search, reset);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.getStyle().set("row-gap", "0");

        Button exportButton = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exportButton.setTabIndex(-1);
        Anchor export = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, "");
        export.setId(EXPORT_ID);
        export.add(exportButton);
        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE_O.create(), click -> verify());
        verify.setId("admin-audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        verification.setId(VERIFICATION_ID);
        verification.getStyle().set("font-weight", "500");
        HorizontalLayout actions = new HorizontalLayout(export, verify, verification);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout heading = new HorizontalLayout(title(), actions);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        heading.setWrap(true);

        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> VietnamTime.format(entry.at(), VietnamTime.SECONDS))
                .setHeader(getTranslation("audit.column.time")).setWidth("10.5em").setFlexGrow(0).setFrozen(true);
        grid.addColumn(this::userLabel).setHeader(getTranslation("audit.column.user")).setAutoWidth(true)
                .setFlexGrow(0).setResizable(true);
        grid.addColumn(entry -> kindName(entry.principalKind())).setHeader(getTranslation("audit.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> actionName(entry.action())).setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::patientId).setHeader(getTranslation("audit.column.patient")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::recordLabel).setHeader(getTranslation("audit.column.record")).setAutoWidth(true)
                .setFlexGrow(0).setResizable(true);
        grid.addColumn(new ComponentRenderer<>(this::outcome)).setHeader(getTranslation("audit.column.outcome"))
                .setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(AuditEntry::remoteAddress).setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::sessionId).setHeader(getTranslation("audit.column.session")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(1)
                .setWidth("10em").setResizable(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.setSizeFull();

        add(heading, intro, filters, grid);
        setFlexGrow(1, grid);
    }

    private Stream<AuditEntry> fetch(int offset, int limit) {
        Optional<AuditTrail> trail = shell.services().auditTrail();
        if (trail.isEmpty()) {
            return Stream.empty();
        }
        AuditTrail.Filter current = filter;
        List<AuditEntry> page = shell.asUser(() -> trail.get().search(current, offset, limit));
        return page == null ? Stream.empty() : page.stream();
    }

    private void search() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (first != null && last != null && first.isAfter(last)) {
            notify(getTranslation("audit.filter.badRange"), NotificationVariant.LUMO_WARNING);
            return;
        }
        Instant start = first == null ? null : VietnamTime.startOf(first);
        Instant end = last == null ? null : VietnamTime.startOf(last.plusDays(1));
        filter = new AuditTrail.Filter(blankToNull(patient.getValue()), blankToNull(user.getValue()), action.getValue(),
                start, end);
        grid.getDataProvider().refreshAll();
        grid.scrollToStart();
    }

    private void reset() {
        patient.clear();
        user.clear();
        action.clear();
        from.clear();
        to.clear();
        search();
    }

    private void verify() {
        Optional<AuditTrail> trail = shell.services().auditTrail();
        if (trail.isEmpty()) {
            notify(getTranslation("audit.unavailable"), NotificationVariant.LUMO_ERROR);
            return;
        }
        AuditTrail.Verification result;
        try {
            result = shell.asUser(() -> trail.get().verify());
        } catch (MekongException e) {
            LOG.info("audit chain verification refused: {}", e.getMessage());
            notify(ErrorPanel.userMessage(this, e), NotificationVariant.LUMO_ERROR);
            return;
        } catch (RuntimeException e) {
            LOG.error("HIS-0440: the audit chain could not be verified", e);
            notify(getTranslation("error.internal"), NotificationVariant.LUMO_ERROR);
            return;
        }
        verification.removeAll();
        Icon icon = (result.intact() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create();
        icon.getStyle().set("width", "var(--lumo-icon-size-s)").set("height", "var(--lumo-icon-size-s)")
                .set("margin-right", "var(--lumo-space-xs)").set("vertical-align", "text-bottom");
        String text = result.intact() ? getTranslation("audit.verify.intact", result.entries())
                : getTranslation("audit.verify.broken", Long.toString(result.firstBroken()),
                        problem(result.problem()));
        verification.add(icon);
        verification.add(text);
        verification.getElement().setAttribute("data-intact", Boolean.toString(result.intact()));
        verification.getElement().setAttribute("role", result.intact() ? "status" : "alert");
        verification.getStyle().set("color",
                result.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        if (!result.intact()) {
            LOG.warn("HIS-0441: the audit chain is broken at entry {}: {}", result.firstBroken(), result.problem());
        }
    }

    /** Streams the CSV of the current filter straight from the audit trail into the response. */
    private DownloadHandler csvDownload() {
        return (DownloadEvent event) -> {
            Optional<AuditTrail> trail = shell.services().auditTrail();
            Optional<Principal> principal = shell.authenticator().currentPrincipal();
            if (trail.isEmpty() || principal.isEmpty() || !principal.get().has(AuditTrail.PERMISSION)) {
                event.getResponse().setStatus(trail.isEmpty() ? 503 : 403);
                return;
            }
            AuditTrail.Filter current = filter;
            event.setFileName("mekong-audit-" + VietnamTime.today() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            Writer out = new BufferedWriter(new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
            try {
                shell.asUser(() -> {
                    trail.get().exportCsv(current, out);
                    out.flush();
                    return null;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    /** The name as shown then, with the user name (or the id when there is none) to tell namesakes apart. */
    private String userLabel(AuditEntry entry) {
        String name = entry.principalName();
        String login = entry.principalUsername() != null && !entry.principalUsername().isBlank()
                ? entry.principalUsername() : entry.principalId();
        if (name == null || name.isBlank() || name.equals(login)) {
            return login == null ? "" : login;
        }
        return login == null ? name : name + " (" + login + ")";
    }

    private String recordLabel(AuditEntry entry) {
        String type = entry.recordType() == null ? "" : entry.recordType();
        String id = entry.recordId() == null ? "" : entry.recordId();
        return (type + " " + id).strip();
    }

    private Component outcome(AuditEntry entry) {
        Badge badge = new Badge(getTranslation(entry.success() ? "audit.outcome.success" : "audit.outcome.failure"));
        badge.addThemeVariants(entry.success() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        badge.getElement().setAttribute("data-success", Boolean.toString(entry.success()));
        return badge;
    }

    private String actionName(AuditAction value) {
        return value == null ? "" : getTranslation("audit.action." + value.name());
    }

    private String kindName(String kind) {
        if (kind == null) {
            return "";
        }
        String text = getTranslation("audit.kind." + kind);
        return text.startsWith("!") ? kind : text;
    }

    private String problem(String problem) {
        if (problem == null || problem.isBlank()) {
            return getTranslation("audit.verify.problem.unknown");
        }
        String text = getTranslation("audit.verify.problem." + problem.strip().toLowerCase(java.util.Locale.ROOT));
        return text.startsWith("!") ? problem : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("shell.appTitle");
    }
}
