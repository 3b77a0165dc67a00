package org.mekonghis.platform.ui.security;

import java.util.Optional;

import org.mekonghis.platform.api.security.Principal;

/**
 * The login seam of the shell: who the current UI user is.
 *
 * <p>The shell's layout, its views and the contribution renderers ask this, never the thread
 * directly, because UI code also runs outside request threads (push updates started by a
 * bundle coming or going). {@link SessionPrincipalAuthenticator} answers from the HTTP session
 * the login page signed the user in to; there is no implicit user.
 */
public interface SessionAuthenticator {

    /**
     * The principal of the current UI session.
     *
     * @return empty when nobody is signed in
     */
    Optional<Principal> currentPrincipal();
}
