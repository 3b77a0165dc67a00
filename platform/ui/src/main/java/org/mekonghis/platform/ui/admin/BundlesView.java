package org.mekonghis.platform.ui.admin;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.ui.host.PlatformStatus.BundleStatus;
import org.mekonghis.platform.ui.shell.ContributionRoutes;
import org.mekonghis.platform.ui.shell.ErrorPanel;
import org.mekonghis.platform.ui.shell.MainLayout;
import org.mekonghis.platform.ui.shell.ShellContext;

/**
 * The administration page of bundles: every bundle with its state, origin and latest error.
 * Failed bundles are marked; clicking a row shows the full error. Needs {@code platform.admin}.
 */
public final class BundlesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Id of the grid, for tests. */
    public static final String GRID_ID = "admin-bundles-grid";

    private static final String FAILED = "FAILED";

    private final transient ShellContext shell;
    private final Grid<BundleStatus> grid = new Grid<>();
    private final Span summary = new Span();

    public BundlesView(ShellContext shell) {
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
        if (!principal.get().has(MainLayout.ADMIN_PERMISSION)) {
            shell.auditAccessDenied(ContributionRoutes.BUNDLES_ROUTE);
            add(ErrorPanel.notice(getTranslation("error.accessDenied")));
            return;
        }
        build();
        refresh();
    }

    private void build() {
        H2 title = new H2(getTranslation("admin.bundles.title"));
        title.getStyle().set("margin", "0");
        Button refresh = new Button(getTranslation("admin.bundles.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        refresh.setId("admin-bundles-refresh");
        HorizontalLayout heading = new HorizontalLayout(title, refresh);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        Paragraph intro = new Paragraph(getTranslation("admin.bundles.intro"));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        summary.setId("admin-bundles-summary");

        grid.removeAllColumns();
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(BundleStatus::id).setHeader(getTranslation("admin.bundles.id")).setWidth("5em")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(BundleStatus::symbolicName).setHeader(getTranslation("admin.bundles.symbolicName"))
                .setFlexGrow(3).setSortable(true).setResizable(true);
        grid.addColumn(BundleStatus::version).setHeader(getTranslation("admin.bundles.version")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::stateBadge)).setHeader(getTranslation("admin.bundles.state"))
                .setFlexGrow(1).setComparator(BundleStatus::state).setSortable(true);
        grid.addColumn(bundle -> getTranslation("admin.bundles.origin." + bundle.origin()))
                .setHeader(getTranslation("admin.bundles.origin")).setFlexGrow(1).setSortable(true);
        grid.addColumn(new ComponentRenderer<>(this::errorSummary)).setHeader(getTranslation("admin.bundles.error"))
                .setFlexGrow(4);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::errorDetails));
        grid.setDetailsVisibleOnClick(true);
        grid.setPartNameGenerator(bundle -> FAILED.equals(bundle.state()) ? "failed" : null);
        grid.setSizeFull();

        add(heading, intro, summary, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        List<BundleStatus> bundles = shell.host().status().bundles();
        long failed = bundles.stream().filter(bundle -> FAILED.equals(bundle.state())).count();
        summary.setText(getTranslation("admin.bundles.summary", bundles.size(), failed));
        grid.setItems(bundles);
    }

    private Component stateBadge(BundleStatus bundle) {
        Badge badge = new Badge(getTranslation("admin.bundles.state." + bundle.state()));
        if (FAILED.equals(bundle.state())) {
            badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED);
            badge.setIcon(VaadinIcon.WARNING.create());
        } else if ("ACTIVE".equals(bundle.state())) {
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        } else {
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        badge.getElement().setAttribute("data-state", bundle.state());
        return badge;
    }

    private Component errorSummary(BundleStatus bundle) {
        if (bundle.error() == null || bundle.error().isBlank()) {
            Span none = new Span(getTranslation("admin.bundles.noError"));
            none.getStyle().set("color", "var(--lumo-tertiary-text-color)");
            return none;
        }
        String firstLine = bundle.error().lines().findFirst().orElse("");
        Span text = new Span(firstLine);
        text.setTitle(bundle.error());
        text.getStyle().set("color", "var(--lumo-error-text-color)").set("overflow", "hidden")
                .set("text-overflow", "ellipsis").set("white-space", "nowrap");
        return text;
    }

    private Component errorDetails(BundleStatus bundle) {
        if (bundle.error() == null || bundle.error().isBlank()) {
            return new Span();
        }
        Pre details = new Pre(bundle.error());
        details.addClassName("admin-bundles-error-details");
        details.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-xs)")
                .set("max-height", "20rem").set("overflow", "auto").set("margin", "0")
                .set("padding", "var(--lumo-space-s)").set("background", "var(--lumo-contrast-5pct)");
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.bundles.title") + " · " + getTranslation("shell.appTitle");
    }
}
