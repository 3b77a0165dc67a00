package org.mekonghis.sample.internal;

import org.mekonghis.platform.api.MekongException;

/** A REST request of the sample API that cannot be served as sent; nothing was changed. */
final class BadRequestException extends MekongException {
    private static final long serialVersionUID = 1L;

    static final String MALFORMED_BODY = "SMP-0005";
    static final String BAD_LIMIT = "SMP-0006";
    static final String NO_SUCH_RESOURCE = "SMP-0007";
    static final String METHOD_NOT_ALLOWED = "SMP-0008";
    static final String BODY_TOO_LARGE = "SMP-0009";

    private BadRequestException(String code, int status, String messageKey, String logMessage, Object... arguments) {
        super(code, status, messageKey, logMessage, arguments);
    }

    static BadRequestException malformedBody(String detail) {
        return new BadRequestException(MALFORMED_BODY, 400, "sample.error.malformedBody",
                "request body is not a JSON object with string fields title and body: " + detail);
    }

    static BadRequestException badLimit() {
        return new BadRequestException(BAD_LIMIT, 400, "sample.error.badLimit",
                "limit must be a whole number from 1 to " + SampleRestEndpoint.MAX_LIMIT, SampleRestEndpoint.MAX_LIMIT);
    }

    static BadRequestException noSuchResource(String path) {
        return new BadRequestException(NO_SUCH_RESOURCE, 404, "sample.error.noSuchResource",
                "no resource at /api/sample" + path, path);
    }

    static BadRequestException methodNotAllowed(String method, String path) {
        return new BadRequestException(METHOD_NOT_ALLOWED, 405, "sample.error.methodNotAllowed",
                method + " is not supported on /api/sample" + path, method);
    }

    static BadRequestException bodyTooLarge(int maxBytes) {
        return new BadRequestException(BODY_TOO_LARGE, 413, "sample.error.bodyTooLarge",
                "request body larger than " + maxBytes + " bytes", maxBytes);
    }
}
