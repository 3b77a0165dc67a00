package org.mekonghis.platform.api.security;

import org.mekonghis.platform.api.MekongException;

/**
 * A new password does not meet the password policy; the message key names the rule broken.
 * REST answers 400.
 *
 * @since 1.1
 */
public class PasswordPolicyException extends MekongException {
    private static final long serialVersionUID = 1L;

    public PasswordPolicyException(String messageKey, String logMessage, Object... arguments) {
        super("SEC-0010", 400, messageKey, logMessage, arguments);
    }
}
