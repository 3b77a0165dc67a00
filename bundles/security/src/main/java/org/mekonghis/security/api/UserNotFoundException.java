package org.mekonghis.security.api;

import org.mekonghis.platform.api.MekongException;

/**
 * No user account has the given id. REST answers 404.
 *
 * @since 1.0
 */
public class UserNotFoundException extends MekongException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "SEC-0020";

    public UserNotFoundException(String userId) {
        super(CODE, 404, "security.error.userNotFound", "no user account " + userId, userId);
    }
}
