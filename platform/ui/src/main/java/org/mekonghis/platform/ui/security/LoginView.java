package org.mekonghis.platform.ui.security;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import org.mekonghis.platform.api.security.AuthenticationException;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.AuthenticationService.LoginResult;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.ui.shell.ContributionRoutes;
import org.mekonghis.platform.ui.shell.ErrorPanel;
import org.mekonghis.platform.ui.shell.ShellContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login page, the only page open to anybody. The user name and password go to the
 * platform's {@link AuthenticationService}; without one nobody signs in. On success the session
 * gets a new id (against session fixation), the principal is stored in it (see
 * {@link SessionPrincipal}) and the user continues to the page first asked for. A refusal shows
 * the translated reason, never which of name or password was wrong, never exception text.
 */
public final class LoginView extends AuthPage implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);

    /** Id of the login form, for tests. */
    public static final String FORM_ID = "login-form";
    /** Id of the notice shown when sign-in is unavailable. */
    public static final String UNAVAILABLE_ID = "login-unavailable";

    private final LoginForm form = new LoginForm();

    public LoginView(ShellContext shell) {
        super(shell);
        form.setId(FORM_ID);
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::signIn);
        form.getStyle().set("max-width", "100%");
        card.add(form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Header header = new LoginI18n.Header();
        header.setTitle(getTranslation("shell.appTitle"));
        header.setDescription(getTranslation("shell.appSubtitle"));
        i18n.setHeader(header);
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.failed"));
        error.setMessage(getTranslation("error.sec.badCredentials"));
        error.setUsername(getTranslation("login.usernameRequired"));
        error.setPassword(getTranslation("login.passwordRequired"));
        i18n.setAdditionalInformation(getTranslation("login.help"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Principal> principal = shell.authenticator().currentPrincipal();
        if (principal.isPresent()) {
            // already signed in: the login page has nothing to offer
            if (SessionPrincipal.mustChangePassword(VaadinSession.getCurrent())) {
                event.forwardTo(PasswordView.class);
            } else {
                event.forwardTo(ContributionRoutes.HOME_ROUTE);
            }
            return;
        }
        card.getChildren().filter(child -> UNAVAILABLE_ID.equals(child.getId().orElse(null))).toList()
                .forEach(card::remove);
        if (shell.services().authentication().isEmpty()) {
            ErrorPanel unavailable = new ErrorPanel(ErrorPanel.Kind.ERROR, null, getTranslation("login.unavailable"),
                    null);
            unavailable.setId(UNAVAILABLE_ID);
            unavailable.getStyle().set("margin", "0 0 var(--lumo-space-m) 0");
            card.addComponentAsFirst(unavailable);
        }
    }

    private void signIn(LoginEvent event) {
        Optional<AuthenticationService> service = shell.services().authentication();
        if (service.isEmpty()) {
            LOG.warn("HIS-0434: sign-in refused: no authentication service is running");
            refuse(getTranslation("login.unavailable"));
            return;
        }
        ClientInfo client = RequestClient.current();
        LoginResult result;
        try {
            result = service.get().login(event.getUsername(), event.getPassword(), client);
        } catch (AuthenticationException e) {
            LOG.info("sign-in refused from {}: {}", client.remoteAddress(), e.code());
            refuse(refusal(e));
            return;
        } catch (RuntimeException e) {
            LOG.error("HIS-0435: the authentication service failed", e);
            refuse(getTranslation("error.internal"));
            return;
        }
        if (result == null || result.principal() == null) {
            LOG.error("HIS-0435: the authentication service answered a sign-in without a principal");
            refuse(getTranslation("error.internal"));
            return;
        }
        // a new session id: an id planted before signing in is worth nothing after
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession session = VaadinSession.getCurrent();
        SessionPrincipal.signIn(session, result.principal(), result.mustChangePassword());
        LOG.info("user {} signed in from {}", result.principal().id(), client.remoteAddress());
        UI ui = UI.getCurrent();
        if (result.mustChangePassword()) {
            ui.navigate(PasswordView.class);
        } else {
            continueToRequestedRoute(ui, session);
        }
    }

    /**
     * Goes where the user wanted to go before signing in, or home, with a new page request: the
     * request that signed in began without a user, so a screen built inside it would call its
     * services as nobody. The next request carries the signed-in session from its first line.
     */
    static void continueToRequestedRoute(UI ui, VaadinSession session) {
        Location requested = new Location(SessionPrincipal.takeRequestedRoute(session).orElse(""));
        String path = requested.getPath();
        if (path.equals(ContributionRoutes.LOGIN_ROUTE) || path.equals(ContributionRoutes.PASSWORD_ROUTE)) {
            requested = new Location(ContributionRoutes.HOME_ROUTE);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        String root = request == null ? "" : request.getContextPath();
        ui.getPage().setLocation(root + "/" + requested.getPathWithQueryParameters());
    }

    private void refuse(String message) {
        form.showErrorMessage(getTranslation("login.failed"), message);
        form.setEnabled(true);
        // the user name stays for another try; the password does not
        form.getElement().executeJs("""
                const field = this.querySelector('vaadin-password-field') ||
                    (this.shadowRoot && this.shadowRoot.querySelector('vaadin-password-field'));
                if (field) { field.value = ''; field.focus(); }""");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("shell.appTitle");
    }
}
