package org.mekonghis.sample.api;

import org.mekonghis.platform.api.MekongException;

/**
 * A notice was refused because a value is missing or too long; nothing was stored. REST answers 400.
 *
 * @since 1.0
 */
public class InvalidNoticeException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** Code of a missing title. */
    public static final String TITLE_REQUIRED = "SMP-0001";
    /** Code of a title longer than {@link NoticeBoard#TITLE_MAX_LENGTH}. */
    public static final String TITLE_TOO_LONG = "SMP-0002";
    /** Code of a body longer than {@link NoticeBoard#BODY_MAX_LENGTH}. */
    public static final String BODY_TOO_LONG = "SMP-0003";

    private final String field;

    private InvalidNoticeException(String code, String field, String messageKey, String logMessage,
            Object... arguments) {
        super(code, 400, messageKey, logMessage, arguments);
        this.field = field;
    }

    public static InvalidNoticeException titleRequired() {
        return new InvalidNoticeException(TITLE_REQUIRED, "title", "sample.error.titleRequired", "title is required");
    }

    public static InvalidNoticeException titleTooLong(int length) {
        return new InvalidNoticeException(TITLE_TOO_LONG, "title", "sample.error.titleTooLong",
                "title has " + length + " characters; at most " + NoticeBoard.TITLE_MAX_LENGTH + " allowed",
                NoticeBoard.TITLE_MAX_LENGTH);
    }

    public static InvalidNoticeException bodyTooLong(int length) {
        return new InvalidNoticeException(BODY_TOO_LONG, "body", "sample.error.bodyTooLong",
                "body has " + length + " characters; at most " + NoticeBoard.BODY_MAX_LENGTH + " allowed",
                NoticeBoard.BODY_MAX_LENGTH);
    }

    /** The field at fault: {@code title} or {@code body}. */
    public String field() {
        return field;
    }
}
