package org.mekonghis.platform.ui.shell;

import java.util.Objects;

import jakarta.servlet.ServletException;

import com.vaadin.flow.component.UI;
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
import org.mekonghis.platform.ui.security.SessionAuthenticator;
import org.mekonghis.platform.ui.security.ThreadPrincipalAuthenticator;

/**
 * The Vaadin servlet of the shell, built with the launcher's {@link UiHost} (no static state).
 *
 * <p>On start it registers the host routes ({@code ""}, {@code admin/bundles}) and starts
 * tracking {@code ViewContribution} services; on destroy it stops tracking. New sessions start
 * in Vietnamese whatever the browser asks for. Every UI uses server push over long polling,
 * so menus follow bundles coming and going without a reload; long polling needs nothing but
 * servlet async support (no websocket container).
 */
public class ShellServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;

    /** A shell that takes the principal from the request thread (see {@link ThreadPrincipalAuthenticator}). */
    public ShellServlet(UiHost host) {
        this(host, new ThreadPrincipalAuthenticator(host.security()));
    }

    /** A shell with its own login seam. */
    public ShellServlet(UiHost host, SessionAuthenticator authenticator) {
        Objects.requireNonNull(host, "host");
        this.shell = new ShellContext(host, authenticator, new ContributionRoutes(host));
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
        service.addUIInitListener(event -> configurePush(event.getUI()));
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
        super.destroy();
    }
}
