package org.mekonghis.platform.ui.shell;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.ui.host.PlatformStatus.BundleStatus;

/** The home page: a welcome, the screens the user may open and the modules installed. */
public final class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** Id of the page's root element, for tests. */
    public static final String ID = "shell-home";

    private final transient ShellContext shell;

    HomeView(ShellContext shell) {
        this.shell = shell;
        setId(ID);
        setPadding(true);
        getStyle().set("max-width", "72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Principal> principal = shell.authenticator().currentPrincipal();
        if (principal.isEmpty()) {
            add(ErrorPanel.notice(getTranslation("error.notAuthenticated")));
            return;
        }
        H2 welcome = new H2(getTranslation("shell.home.welcome", MainLayout.displayName(principal.get())));
        welcome.getStyle().set("margin-bottom", "0");
        add(welcome, new Paragraph(getTranslation("shell.home.intro")));
        add(sectionTitle("shell.home.screens"), screens(principal.get()));
        add(sectionTitle("shell.home.modules"));
        modules();
    }

    private Component sectionTitle(String key) {
        H3 title = new H3(getTranslation(key));
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0 0").set("font-size", "var(--lumo-font-size-l)");
        return title;
    }

    private Component screens(Principal principal) {
        List<ContributionRoutes.Entry> entries = shell.routes().activeEntries().stream()
                .filter(entry -> entry.permits(principal))
                .sorted(java.util.Comparator.comparingInt(ContributionRoutes.Entry::order)).toList();
        if (entries.isEmpty()) {
            return new Paragraph(getTranslation("shell.home.noScreens"));
        }
        Div cards = new Div();
        cards.setId("shell-home-screens");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (ContributionRoutes.Entry entry : entries) {
            Icon icon = VaadinIcon.ARROW_RIGHT.create();
            icon.getStyle().set("color", "var(--lumo-primary-color)");
            Anchor card = new Anchor(entry.route(), new Span(getTranslation(entry.titleKey())), icon);
            card.getElement().setAttribute("router-link", true);
            card.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "center")
                    .set("gap", "var(--lumo-space-m)").set("min-width", "14rem")
                    .set("padding", "var(--lumo-space-m)")
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("box-shadow", "var(--lumo-box-shadow-xs)")
                    .set("text-decoration", "none").set("color", "var(--lumo-body-text-color)");
            cards.add(card);
        }
        return cards;
    }

    private void modules() {
        List<BundleStatus> bundles = shell.host().status().bundles().stream()
                .filter(bundle -> !"framework".equals(bundle.origin())).toList();
        long failed = bundles.stream().filter(bundle -> "FAILED".equals(bundle.state())).count();
        if (failed > 0) {
            add(ErrorPanel.notice(getTranslation("shell.home.modulesFailed", failed)));
        }
        if (bundles.isEmpty()) {
            add(new Paragraph(getTranslation("shell.home.noModules")));
            return;
        }
        VerticalLayout list = new VerticalLayout();
        list.setId("shell-home-modules");
        list.setPadding(false);
        list.setSpacing(false);
        for (BundleStatus bundle : bundles) {
            Span name = new Span(bundle.symbolicName());
            name.getStyle().set("font-weight", "500");
            Span version = new Span(bundle.version());
            version.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Badge state = new Badge(getTranslation("admin.bundles.state." + bundle.state()));
            state.addThemeVariants("FAILED".equals(bundle.state()) ? BadgeVariant.ERROR
                    : "ACTIVE".equals(bundle.state()) ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
            HorizontalLayout row = new HorizontalLayout(name, version, state);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("padding", "var(--lumo-space-xs) 0");
            list.add(row);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.home.title") + " · " + getTranslation("shell.appTitle");
    }
}
