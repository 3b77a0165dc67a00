package org.mekonghis.platform.ui.shell;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.Registration;

import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.ui.security.RequestClient;
import org.mekonghis.platform.ui.security.SessionPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame around every screen: header with the application title, the user's menu (password
 * change, sign-out) and the language switch; a side menu with the home page, the contributed screens the user may open
 * (by {@code order()}, then title) and the administration pages.
 *
 * <p>The menu is rebuilt after every navigation and, through push, as soon as a contribution
 * appears or disappears.
 */
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MainLayout.class);

    /** The permission the administration pages need. */
    public static final String ADMIN_PERMISSION = "platform.admin";
    /** Id of the user menu in the header, for tests. */
    public static final String USER_MENU_ID = "shell-user-menu";
    /** Id of the user menu's password change entry. */
    public static final String CHANGE_PASSWORD_ID = "shell-change-password";
    /** Id of the user menu's sign-out entry. */
    public static final String LOGOUT_ID = "shell-logout";

    private final transient ShellContext shell;
    private final SideNav menu = new SideNav();
    private final Span user = new Span();
    private final MenuBar userMenu = new MenuBar();
    private Registration routesListener;

    MainLayout(ShellContext shell) {
        this.shell = shell;
        setPrimarySection(Section.DRAWER);
        addToNavbar(header());
        menu.setId("shell-menu");
        menu.setLabel(getTranslation("shell.menu.label"));
        menu.getStyle().set("margin", "var(--lumo-space-s)");
        addToDrawer(brand(), new Scroller(menu));
    }

    private Component brand() {
        Icon logo = VaadinIcon.HOSPITAL.create();
        logo.getStyle().set("color", "var(--lumo-primary-color)").set("width", "var(--lumo-icon-size-l)")
                .set("height", "var(--lumo-icon-size-l)");
        H1 title = new H1(getTranslation("shell.appTitle"));
        title.setId("shell-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0").set("line-height", "1.2");
        Span subtitle = new Span(getTranslation("shell.appSubtitle"));
        subtitle.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div text = new Div(title, subtitle);
        HorizontalLayout brand = new HorizontalLayout(logo, text);
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        brand.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-m) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return brand;
    }

    private Component header() {
        DrawerToggle toggle = new DrawerToggle();
        userMenu.setId(USER_MENU_ID);
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        user.setId("shell-user");

        HorizontalLayout bar = new HorizontalLayout(toggle, userMenu, new LanguageSelect(shell.host().messages()));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, userMenu);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        return bar;
    }

    private void rebuildUserMenu(Optional<Principal> principal) {
        userMenu.removeAll();
        user.setText(principal.map(p -> getTranslation("shell.user.signedInAs", displayName(p)))
                .orElseGet(() -> getTranslation("shell.user.anonymous")));
        Icon userIcon = VaadinIcon.USER.create();
        userIcon.getStyle().set("width", "var(--lumo-icon-size-s)").set("height", "var(--lumo-icon-size-s)")
                .set("margin-right", "var(--lumo-space-xs)");
        HorizontalLayout label = new HorizontalLayout(userIcon, user);
        label.setSpacing(false);
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        if (principal.isEmpty()) {
            userMenu.addItem(label);
            return;
        }
        Icon chevron = VaadinIcon.CHEVRON_DOWN_SMALL.create();
        chevron.getStyle().set("width", "var(--lumo-icon-size-s)").set("height", "var(--lumo-icon-size-s)")
                .set("margin-left", "var(--lumo-space-xs)");
        label.add(chevron);
        MenuItem root = userMenu.addItem(label);
        MenuItem password = root.getSubMenu().addItem(menuEntry(VaadinIcon.KEY, "shell.user.changePassword"),
                click -> UI.getCurrent().navigate(ContributionRoutes.PASSWORD_ROUTE));
        password.setId(CHANGE_PASSWORD_ID);
        MenuItem logout = root.getSubMenu().addItem(menuEntry(VaadinIcon.SIGN_OUT, "shell.user.logout"),
                click -> signOut());
        logout.setId(LOGOUT_ID);
    }

    private Component menuEntry(VaadinIcon icon, String key) {
        Icon created = icon.create();
        created.getStyle().set("width", "var(--lumo-icon-size-s)").set("height", "var(--lumo-icon-size-s)")
                .set("margin-right", "var(--lumo-space-s)").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout entry = new HorizontalLayout(created, new Span(getTranslation(key)));
        entry.setSpacing(false);
        entry.setAlignItems(FlexComponent.Alignment.CENTER);
        return entry;
    }

    /**
     * Signs out: the security service records it, the HTTP session ends and the browser loads the
     * login page. Whatever the browser shows afterwards comes from a new session, which the guard
     * sends to the login page.
     */
    private void signOut() {
        Optional<Principal> principal = shell.authenticator().currentPrincipal();
        ClientInfo client = RequestClient.current();
        principal.ifPresent(p -> shell.services().authentication().ifPresent(authentication -> {
            try {
                authentication.logout(p, client);
            } catch (RuntimeException e) {
                LOG.warn("HIS-0433: the sign-out of user {} could not be recorded", p.id(), e);
            }
        }));
        UI.getCurrent().getPage().setLocation(ContributionRoutes.LOGIN_ROUTE);
        WrappedSession session = VaadinSession.getCurrent().getSession();
        SessionPrincipal.clear(session);
        session.invalidate();
        principal.ifPresent(p -> LOG.info("user {} signed out", p.id()));
    }

    private Locale currentLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getLocale() != null ? session.getLocale() : getLocale();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        routesListener = shell.routes().addChangeListener(() -> {
            try {
                ui.access(this::contributionsChanged);
            } catch (UIDetachedException e) {
                LOG.debug("UI closed before the menu could be refreshed");
            }
        });
        rebuildMenu();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (routesListener != null) {
            routesListener.remove();
            routesListener = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        rebuildMenu();
    }

    private void contributionsChanged() {
        rebuildMenu();
        HasElement content = getContent();
        if (content instanceof ContributedView view) {
            view.checkStillAvailable();
        }
    }

    /** Rebuilds the menu for the current principal. */
    void rebuildMenu() {
        Optional<Principal> principal = shell.authenticator().currentPrincipal();
        rebuildUserMenu(principal);
        menu.removeAll();
        SideNavItem home = new SideNavItem(getTranslation("shell.menu.home"), ContributionRoutes.HOME_ROUTE,
                VaadinIcon.HOME.create());
        home.setId("menu-home");
        menu.addItem(home);
        if (principal.isEmpty()) {
            return;
        }
        for (ContributionRoutes.Entry entry : visibleEntries(principal.get())) {
            SideNavItem item = new SideNavItem(getTranslation(entry.titleKey()), entry.route(), icon(entry));
            item.getElement().setAttribute("data-route", entry.route());
            menu.addItem(item);
        }
        boolean administers = principal.get().has(ADMIN_PERMISSION);
        boolean audits = principal.get().has(AuditTrail.PERMISSION);
        if (administers || audits) {
            SideNavItem admin = new SideNavItem(getTranslation("shell.menu.admin"));
            admin.setPrefixComponent(VaadinIcon.COG.create());
            if (administers) {
                SideNavItem bundles = new SideNavItem(getTranslation("shell.menu.admin.bundles"),
                        ContributionRoutes.BUNDLES_ROUTE, VaadinIcon.PACKAGE.create());
                bundles.setId("menu-admin-bundles");
                admin.addItem(bundles);
            }
            if (audits) {
                SideNavItem audit = new SideNavItem(getTranslation("shell.menu.admin.audit"),
                        ContributionRoutes.AUDIT_ROUTE, VaadinIcon.RECORDS.create());
                audit.setId("menu-admin-audit");
                admin.addItem(audit);
            }
            admin.setExpanded(true);
            menu.addItem(admin);
        }
    }

    /** The contributions {@code principal} may open, by order, then by translated title. */
    List<ContributionRoutes.Entry> visibleEntries(Principal principal) {
        Collator collator = Collator.getInstance(currentLocale());
        return shell.routes().activeEntries().stream().filter(entry -> entry.permits(principal))
                .sorted(Comparator.comparingInt(ContributionRoutes.Entry::order)
                        .thenComparing(entry -> getTranslation(entry.titleKey()), collator))
                .toList();
    }

    static String displayName(Principal principal) {
        return principal.displayName() == null || principal.displayName().isBlank() ? principal.username()
                : principal.displayName();
    }

    private static Component icon(ContributionRoutes.Entry entry) {
        String name = entry.icon();
        if (name != null && name.contains(":")) {
            String[] parts = name.split(":", 2);
            return new Icon(parts[0], parts[1]);
        }
        return VaadinIcon.FILE_TEXT_O.create();
    }
}
