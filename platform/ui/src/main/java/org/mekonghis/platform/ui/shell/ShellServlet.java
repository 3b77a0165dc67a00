package org.mekonghis.platform.ui.shell;

import java.util.Objects;

import jakarta.servlet.ServletException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.ui.host.UiHost;
import org.mekonghis.platform.ui.security.AccessGuard;
import org.mekonghis.platform.ui.security.SessionAuthenticator;
import org.mekonghis.platform.ui.security.SessionPrincipalAuthenticator;

/**
 * The Vaadin servlet of the shell, built with the launcher's {@link UiHost} (no static state).
 *
 * <p>On start it registers the host routes ({@code ""}, {@code login}, {@code password},
 * {@code admin/bundles}, {@code admin/audit}) and starts tracking {@code ViewContribution},
 * authentication and audit services; on destroy it stops tracking. Every navigation passes the
 * {@link AccessGuard}: nobody sees anything but the login page before signing in. New sessions
 * start in Vietnamese whatever the browser asks for. Every UI uses server push over long
 * polling, so menus follow bundles coming and going without a reload; long polling needs
 * nothing but servlet async support (no websocket container). An expired session reloads the
 * page at once (no "session expired" box), which lands on the login page.
 */
public class ShellServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;

    /** A shell whose users sign in on its login page (see {@link SessionPrincipalAuthenticator}). */
    public ShellServlet(UiHost host) {
        this(host, new SessionPrincipalAuthenticator(host.security()));
    }

    /** A shell with its own login seam. */
    public ShellServlet(UiHost host, SessionAuthenticator authenticator) {
        Objects.requireNonNull(host, "host");
        this.shell = new ShellContext(host, authenticator, new ContributionRoutes(host),
                new PlatformServices(host.bundleContext()));
    }

    /** The routes contributed by bundles, as the shell currently knows them. */
    public ContributionRoutes routes() {
        return shell.routes();
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        ShellService service = new ShellService(this, configuration, shell);
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        VaadinServletService service = getService();
        ShellErrorHandler errorHandler = new ShellErrorHandler();
        service.addSessionInitListener(event -> {
            VaadinSession session = event.getSession();
            // The HIS speaks Vietnamese first; the browser's language is not a user's choice.
            session.setLocale(Messages.VIETNAMESE);
            session.setErrorHandler(errorHandler);
        });
        AccessGuard guard = new AccessGuard(shell.authenticator());
        service.addUIInitListener(event -> {
            configurePush(event.getUI());
            event.getUI().addBeforeEnterListener(guard);
        });
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // Straight back to the login page (through the guard) instead of a box to click away.
        messages.setSessionExpiredNotificationEnabled(false);
        service.setSystemMessagesProvider(info -> messages);
        shell.services().open();
        shell.routes().open(ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext())));
    }

    private static void configurePush(UI ui) {
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        ui.getPushConfiguration().setTransport(Transport.LONG_POLLING);
        ui.getPushConfiguration().setFallbackTransport(Transport.LONG_POLLING);
    }

    @Override
    public void destroy() {
        shell.routes().close();
        shell.services().close();
        super.destroy();
    }
}
