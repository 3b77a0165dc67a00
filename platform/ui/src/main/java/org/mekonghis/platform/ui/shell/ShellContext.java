package org.mekonghis.platform.ui.shell;

import java.util.Objects;

import org.mekonghis.platform.ui.host.UiHost;
import org.mekonghis.platform.ui.security.SessionAuthenticator;

/**
 * What the shell's views and layout are created with: the host's services, the login seam
 * and the contributed routes. One per {@link ShellServlet}; handed to views by the shell's
 * instantiator rather than looked up statically.
 *
 * @param host          the launcher's services
 * @param authenticator who the current UI user is
 * @param routes        the routes contributed by bundles
 */
public record ShellContext(UiHost host, SessionAuthenticator authenticator, ContributionRoutes routes) {

    public ShellContext {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(routes, "routes");
    }
}
