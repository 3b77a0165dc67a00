package org.mekonghis.security.api;

import org.mekonghis.platform.api.MekongException;

/**
 * No role has the given id. REST answers 404.
 *
 * @since 1.0
 */
public class RoleNotFoundException extends MekongException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "SEC-0021";

    public RoleNotFoundException(String code) {
        super(CODE, 404, "security.error.roleNotFound", "no role " + code, code);
    }
}
