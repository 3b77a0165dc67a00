package org.mekonghis.platform.ui.security;

import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;

import org.mekonghis.platform.api.security.AuthenticationException;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.PasswordPolicyException;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.ui.shell.ContributionRoutes;
import org.mekonghis.platform.ui.shell.ShellContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in user changes their own password, through {@link AuthenticationService#changePassword}.
 * A user whose password was generated or reset is held here until it is changed; others reach
 * it from the user menu and may go back. Policy refusals are shown translated.
 */
public final class PasswordView extends AuthPage implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PasswordView.class);

    /** Id of the page's error message, for tests. */
    public static final String ERROR_ID = "password-error";

    private final PasswordField current = new PasswordField();
    private final PasswordField replacement = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Div error = new Div();
    private final Paragraph intro = new Paragraph();
    private final Button back = new Button();

    public PasswordView(ShellContext shell) {
        super(shell);
        H2 title = new H2(getTranslation("password.title"));
        title.getStyle().set("margin", "0 0 var(--lumo-space-s) 0").set("font-size", "var(--lumo-font-size-xl)");
        intro.getStyle().set("margin", "0 0 var(--lumo-space-m) 0").set("color", "var(--lumo-secondary-text-color)");

        error.setId(ERROR_ID);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        error.setVisible(false);

        setUp(current, "password-current", "password.current", "current-password");
        setUp(replacement, "password-new", "password.new", "new-password");
        replacement.setHelperText(getTranslation("password.rules"));
        setUp(confirmation, "password-confirm", "password.confirm", "new-password");

        Button save = new Button(getTranslation("password.submit"), click -> change());
        save.setId("password-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        back.setText(getTranslation("password.back"));
        back.setId("password-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClickListener(click -> UI.getCurrent().navigate(ContributionRoutes.HOME_ROUTE));
        HorizontalLayout buttons = new HorizontalLayout(back, save);
        buttons.setWidthFull();
        buttons.setJustifyContentMode(FlexComponent.JustifyContentMode.END);

        VerticalLayout fields = new VerticalLayout(current, replacement, confirmation);
        fields.setPadding(false);
        fields.setSpacing(false);
        card.add(title, intro, error, fields, buttons);
        card.getStyle().set("padding", "var(--lumo-space-l)");
    }

    private void setUp(PasswordField field, String id, String labelKey, String autocomplete) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        field.getElement().setAttribute("autocomplete", autocomplete);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Principal> principal = shell.authenticator().currentPrincipal();
        if (principal.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        boolean forced = SessionPrincipal.mustChangePassword(VaadinSession.getCurrent());
        intro.setText(forced ? getTranslation("password.mustChange")
                : getTranslation("password.intro", principal.get().username()));
        back.setVisible(!forced);
        clear();
        error.setVisible(false);
    }

    private void change() {
        error.setVisible(false);
        if (current.isEmpty() || replacement.isEmpty() || confirmation.isEmpty()) {
            show(getTranslation("password.required"));
            return;
        }
        if (!replacement.getValue().equals(confirmation.getValue())) {
            confirmation.clear();
            show(getTranslation("password.mismatch"));
            return;
        }
        Optional<Principal> principal = shell.authenticator().currentPrincipal();
        Optional<AuthenticationService> service = shell.services().authentication();
        if (principal.isEmpty()) {
            UI.getCurrent().navigate(LoginView.class);
            return;
        }
        if (service.isEmpty()) {
            show(getTranslation("login.unavailable"));
            return;
        }
        try {
            service.get().changePassword(principal.get(), current.getValue(), replacement.getValue(),
                    RequestClient.current());
        } catch (PasswordPolicyException e) {
            LOG.info("new password of user {} refused: {}", principal.get().id(), e.messageKey());
            clear();
            show(message(e, "password.policyFailed", e.arguments()));
            return;
        } catch (AuthenticationException e) {
            LOG.info("password change of user {} refused: {}", principal.get().id(), e.code());
            clear();
            show(BAD_CREDENTIALS.equals(e.code()) ? getTranslation("error.password.wrongCurrent") : refusal(e));
            return;
        } catch (RuntimeException e) {
            LOG.error("HIS-0436: changing the password of user {} failed", principal.get().id(), e);
            clear();
            show(getTranslation("error.internal"));
            return;
        }
        LOG.info("user {} changed the password", principal.get().id());
        VaadinSession session = VaadinSession.getCurrent();
        SessionPrincipal.passwordChanged(session);
        clear();
        Notification done = Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        LoginView.continueToRequestedRoute(UI.getCurrent(), session);
    }

    private void clear() {
        current.clear();
        replacement.clear();
        confirmation.clear();
    }

    private void show(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("shell.appTitle");
    }
}
