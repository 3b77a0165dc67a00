package org.mekonghis.platform.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.ui.host.UiHost;
import org.mekonghis.platform.ui.security.RequestClient;
import org.mekonghis.platform.ui.security.SessionAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the shell's views and layout are created with: the host's services, the login seam,
 * the contributed routes and the tracked platform services. One per {@link ShellServlet};
 * handed to views by the shell's instantiator rather than looked up statically.
 *
 * @param host          the launcher's services
 * @param authenticator who the current UI user is
 * @param routes        the routes contributed by bundles
 * @param services      authentication and audit services, when present
 */
public record ShellContext(UiHost host, SessionAuthenticator authenticator, ContributionRoutes routes,
        PlatformServices services) {

    private static final Logger LOG = LoggerFactory.getLogger(ShellContext.class);

    public ShellContext {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(routes, "routes");
        Objects.requireNonNull(services, "services");
    }

    /**
     * Runs {@code work} with the signed-in user on the thread, so services that check permissions
     * and audit log entries see who acts and from where. Usually the launcher's filter has put the
     * user there already; not so in the request that signed the user in, nor in push updates.
     * Without a signed-in user, {@code work} runs as it is (and services refuse it).
     */
    public <T> T asUser(Callable<T> work) {
        Optional<Principal> user = authenticator.currentPrincipal();
        SecurityContext security = host.security();
        try {
            if (user.isEmpty() || security.current().map(Principal::id).equals(user.map(Principal::id))) {
                return work.call();
            }
            return security.runAs(user.get(), RequestClient.current(), work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("HIS-0431: work for the signed-in user failed", e);
        }
    }

    /**
     * Records in the audit log, when there is one, that the current user was refused the screen
     * at {@code route}. A failure to record is logged; the user is refused either way.
     */
    public void auditAccessDenied(String route) {
        services.auditLog().ifPresent(log -> {
            try {
                asUser(() -> {
                    log.record(AuditAction.ACCESS_DENIED, null, "view", route, false, null);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("HIS-0432: could not record the refused access to view {}", route, e);
            }
        });
    }
}
