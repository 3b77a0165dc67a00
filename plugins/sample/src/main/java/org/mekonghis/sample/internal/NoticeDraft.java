package org.mekonghis.sample.internal;

import java.text.Normalizer;

import org.mekonghis.sample.api.InvalidNoticeException;
import org.mekonghis.sample.api.NoticeBoard;

/**
 * The checked, normalised values of a notice about to be posted.
 *
 * @param title trimmed, never blank
 * @param body  trimmed, possibly empty, never null
 */
record NoticeDraft(String title, String body) {

    /**
     * Checks and normalises what a user typed.
     *
     * @throws InvalidNoticeException when the title is missing or a value is too long
     */
    static NoticeDraft of(String title, String body) {
        String t = clean(title);
        String b = clean(body);
        if (t.isEmpty()) {
            throw InvalidNoticeException.titleRequired();
        }
        if (t.length() > NoticeBoard.TITLE_MAX_LENGTH) {
            throw InvalidNoticeException.titleTooLong(t.length());
        }
        if (b.length() > NoticeBoard.BODY_MAX_LENGTH) {
            throw InvalidNoticeException.bodyTooLong(b.length());
        }
        return new NoticeDraft(t, b);
    }

    /*
     * Vietnamese text typed on some systems arrives decomposed (a base letter plus combining
     * marks); composing it keeps lengths honest and stored text comparable.
     */
    private static String clean(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }
}
