package org.mekonghis.security.api;

import org.mekonghis.platform.api.MekongException;

/**
 * No API client has the given id. REST answers 404.
 *
 * @since 1.0
 */
public class ApiClientNotFoundException extends MekongException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "SEC-0022";

    public ApiClientNotFoundException(String clientId) {
        super(CODE, 404, "security.error.apiClientNotFound", "no API client " + clientId, clientId);
    }
}
