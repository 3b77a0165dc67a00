package org.mekonghis.terminology.internal;

import org.mekonghis.platform.api.MekongException;

/** A REST request of the terminology API that cannot be served as sent; nothing was changed. */
final class RestRequestException extends MekongException {
    private static final long serialVersionUID = 1L;

    static final String CODE_NOT_FOUND = "TRM-0003";
    static final String NO_SUCH_RESOURCE = "TRM-0005";
    static final String METHOD_NOT_ALLOWED = "TRM-0006";
    static final String TOO_LARGE = "TRM-0007";
    static final String UNSUPPORTED_MEDIA_TYPE = "TRM-0008";

    private RestRequestException(String code, int status, String messageKey, String logMessage, Object... arguments) {
        super(code, status, messageKey, logMessage, arguments);
    }

    static RestRequestException codeNotFound(String code) {
        return new RestRequestException(CODE_NOT_FOUND, 404, "terminology.error.codeNotFound",
                "no ICD-10 code " + code + " in the catalog", code);
    }

    static RestRequestException noSuchResource(String path) {
        return new RestRequestException(NO_SUCH_RESOURCE, 404, "terminology.error.noSuchResource",
                "no resource at /api/terminology" + path, path);
    }

    static RestRequestException methodNotAllowed(String method, String path) {
        return new RestRequestException(METHOD_NOT_ALLOWED, 405, "terminology.error.methodNotAllowed",
                method + " is not supported on /api/terminology" + path, method);
    }

    static RestRequestException tooLarge(int maxMegabytes) {
        return new RestRequestException(TOO_LARGE, 413, "terminology.error.import.tooLarge",
                "import file larger than " + maxMegabytes + " MB", maxMegabytes);
    }

    static RestRequestException unsupportedMediaType(String contentType) {
        return new RestRequestException(UNSUPPORTED_MEDIA_TYPE, 415, "terminology.error.import.contentType",
                "import content type " + contentType + " is not CSV or XLSX", String.valueOf(contentType));
    }
}
