package org.mekonghis.platform.ui.shell;

import java.util.Objects;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.WrappedSession;

import org.mekonghis.platform.ui.security.SessionPrincipal;

/**
 * The Vaadin service of the shell: Vaadin's, with the shell's instantiator, and signing the user
 * out when Vaadin closes an idle session (the HTTP session itself may live on, kept alive by
 * push and heartbeat requests).
 */
final class ShellService extends VaadinServletService {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;

    ShellService(ShellServlet servlet, DeploymentConfiguration configuration, ShellContext shell) {
        super(servlet, configuration);
        this.shell = Objects.requireNonNull(shell, "shell");
    }

    @Override
    protected Instantiator createInstantiator() {
        return new ShellInstantiator(this, shell);
    }

    @Override
    protected void removeFromHttpSession(WrappedSession wrappedSession) {
        super.removeFromHttpSession(wrappedSession);
        SessionPrincipal.clear(wrappedSession);
    }
}
