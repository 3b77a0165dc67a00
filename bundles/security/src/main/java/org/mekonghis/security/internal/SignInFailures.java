package org.mekonghis.security.internal;

import java.time.Instant;

import org.mekonghis.platform.api.security.AuthenticationException;

/** The sign-in failures of {@link AuthenticationServiceImpl}; none tells whether the user name exists. */
final class SignInFailures {
    static final String BAD_CREDENTIALS = "SEC-0001";
    static final String LOCKED = "SEC-0002";
    static final String INACTIVE = "SEC-0003";
    static final String PASSWORD_CHANGE_REQUIRED = "SEC-0004";

    private SignInFailures() {
    }

    static AuthenticationException badCredentials() {
        return new AuthenticationException(BAD_CREDENTIALS, "security.error.badCredentials",
                "wrong user name or password");
    }

    /** @param until when the lock ends; the message shows it */
    static AuthenticationException locked(String userId, Instant until) {
        return new AuthenticationException(LOCKED, "security.error.locked",
                "account " + userId + " is locked until " + until, java.util.Date.from(until));
    }

    static AuthenticationException inactive(String userId) {
        return new AuthenticationException(INACTIVE, "security.error.inactive", "account " + userId + " is inactive");
    }

    static AuthenticationException passwordChangeRequired(String userId) {
        return new AuthenticationException(PASSWORD_CHANGE_REQUIRED, "security.error.passwordChangeRequired",
                "account " + userId + " must change its password before using the REST API");
    }
}
