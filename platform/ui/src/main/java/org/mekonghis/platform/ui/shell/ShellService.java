package org.mekonghis.platform.ui.shell;

import java.util.Objects;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServletService;

/** The Vaadin service of the shell: the same as Vaadin's, with the shell's instantiator. */
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
}
