package org.mekonghis.patient.internal;

import org.mekonghis.platform.api.MekongException;

/** A REST request of the patient API that cannot be served as sent; nothing was changed. */
final class RestRequestException extends MekongException {
    private static final long serialVersionUID = 1L;

    static final String NO_SUCH_RESOURCE = "PAT-0005";
    static final String METHOD_NOT_ALLOWED = "PAT-0006";
    static final String NO_PHOTO = "PAT-0009";

    private RestRequestException(String code, int status, String messageKey, String logMessage, Object... arguments) {
        super(code, status, messageKey, logMessage, arguments);
    }

    static RestRequestException noSuchResource(String path) {
        return new RestRequestException(NO_SUCH_RESOURCE, 404, "patient.error.noSuchResource",
                "no resource at /api/patient" + path, path);
    }

    static RestRequestException noPhoto(String patientId) {
        return new RestRequestException(NO_PHOTO, 404, "patient.error.noPhoto", "patient " + patientId
                + " has no photo on file");
    }

    static RestRequestException methodNotAllowed(String method, String path) {
        return new RestRequestException(METHOD_NOT_ALLOWED, 405, "patient.error.methodNotAllowed",
                method + " is not supported on /api/patient" + path, method);
    }
}
