package org.mekonghis.platform.api;

import java.util.Arrays;

/**
 * Base of every exception the HIS reports to a user or a partner system.
 *
 * <p>It carries a stable code ({@code HIS-nnnn} for the platform, a module prefix for
 * modules), an i18n message key the UI translates, the arguments of that message, and the
 * HTTP status a REST endpoint answers with. {@link #getMessage()} is English, for logs:
 * it gives the code and internal ids, never names or national ids of patients.
 */
public class MekongException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageKey;
    private final transient Object[] arguments;
    private final int httpStatus;

    public MekongException(String code, int httpStatus, String messageKey, String logMessage, Object... arguments) {
        this(code, httpStatus, messageKey, logMessage, null, arguments);
    }

    public MekongException(String code, int httpStatus, String messageKey, String logMessage, Throwable cause,
            Object... arguments) {
        super(code + ": " + logMessage, cause);
        this.code = code;
        this.httpStatus = httpStatus;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The stable error code, e.g. {@code HIS-0003}. */
    public String code() {
        return code;
    }

    /** The i18n key of the message shown to users. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments of the translated message; never null. */
    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    /** The HTTP status a REST endpoint answers with when this exception escapes it. */
    public int httpStatus() {
        return httpStatus;
    }
}
