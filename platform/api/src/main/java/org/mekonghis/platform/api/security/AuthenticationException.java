package org.mekonghis.platform.api.security;

import org.mekonghis.platform.api.MekongException;

/**
 * A sign-in failed. REST answers 401. The message never tells whether the user name or the
 * password was wrong.
 *
 * @since 1.1
 */
public class AuthenticationException extends MekongException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String code, String messageKey, String logMessage, Object... arguments) {
        super(code, 401, messageKey, logMessage, arguments);
    }
}
