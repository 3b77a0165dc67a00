package org.mekonghis.sample.api;

import org.mekonghis.platform.api.MekongException;

/**
 * No notice has the given id. REST answers 404.
 *
 * @since 1.0
 */
public class NoticeNotFoundException extends MekongException {
    private static final long serialVersionUID = 1L;

    /** The code of this error. */
    public static final String CODE = "SMP-0004";

    private final String noticeId;

    public NoticeNotFoundException(String noticeId) {
        super(CODE, 404, "sample.error.noticeNotFound", "notice " + noticeId + " does not exist", noticeId);
        this.noticeId = noticeId;
    }

    /** The id that was not found. */
    public String noticeId() {
        return noticeId;
    }
}
