package org.mekonghis.security.internal;

import org.mekonghis.platform.api.MekongException;

/** A request to {@code /api/auth/} that cannot be served as sent; nothing was checked or changed. */
final class AuthRequestException extends MekongException {
    private static final long serialVersionUID = 1L;

    static final String MALFORMED_BODY = "SEC-0060";
    static final String NO_SUCH_RESOURCE = "SEC-0061";
    static final String METHOD_NOT_ALLOWED = "SEC-0062";
    static final String BODY_TOO_LARGE = "SEC-0063";

    private AuthRequestException(String code, int status, String messageKey, String logMessage, Object... arguments) {
        super(code, status, messageKey, logMessage, arguments);
    }

    static AuthRequestException malformedBody(String detail) {
        return new AuthRequestException(MALFORMED_BODY, 400, "security.error.malformedTokenRequest",
                "token request is not a JSON object with string fields username and password: " + detail);
    }

    static AuthRequestException noSuchResource(String path) {
        return new AuthRequestException(NO_SUCH_RESOURCE, 404, "security.error.noSuchResource",
                "no resource at /api/auth" + path);
    }

    static AuthRequestException methodNotAllowed(String method) {
        return new AuthRequestException(METHOD_NOT_ALLOWED, 405, "security.error.methodNotAllowed",
                method + " is not supported on /api/auth/token; use POST");
    }

    static AuthRequestException bodyTooLarge(int maxBytes) {
        return new AuthRequestException(BODY_TOO_LARGE, 413, "security.error.bodyTooLarge",
                "request body larger than " + maxBytes + " bytes", maxBytes);
    }
}
