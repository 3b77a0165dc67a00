package org.mekonghis.encounter.internal;

import org.mekonghis.platform.api.MekongException;

/** A REST request of the encounter API that cannot be served as sent; nothing was changed. */
final class RestRequestException extends MekongException {
    private static final long serialVersionUID = 1L;

    static final String NO_SUCH_RESOURCE = "ENC-0006";
    static final String METHOD_NOT_ALLOWED = "ENC-0007";

    private RestRequestException(String code, int status, String messageKey, String logMessage, Object... arguments) {
        super(code, status, messageKey, logMessage, arguments);
    }

    static RestRequestException noSuchResource(String path) {
        return new RestRequestException(NO_SUCH_RESOURCE, 404, "encounter.error.noSuchResource",
                "no resource at /api/encounter" + path, path);
    }

    static RestRequestException methodNotAllowed(String method, String path) {
        return new RestRequestException(METHOD_NOT_ALLOWED, 405, "encounter.error.methodNotAllowed",
                method + " is not supported on /api/encounter" + path, method);
    }
}
