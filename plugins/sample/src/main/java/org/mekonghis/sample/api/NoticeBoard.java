package org.mekonghis.sample.api;

import java.time.Instant;
import java.util.List;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The staff notice board of the hospital: short announcements (ward meetings, drills,
 * vaccination rounds) that staff post and read.
 *
 * <p>Every method acts for the principal of the current thread and requires the permission
 * {@value #PERMISSION}; without it an {@link AccessDeniedException} is thrown and nothing
 * changes. Notices are archived, never deleted.
 *
 * @since 1.0
 */
@ProviderType
public interface NoticeBoard {

    /** The permission needed to read and post notices. */
    String PERMISSION = "sample.notices";

    /** The longest title accepted, in characters. */
    int TITLE_MAX_LENGTH = 200;

    /** The longest body accepted, in characters. */
    int BODY_MAX_LENGTH = 4000;

    /** The most notices {@link #list(int)} returns at once. */
    int LIST_MAX = 500;

    /**
     * Posts a notice signed by the current principal and publishes {@link NoticePosted} in the
     * same transaction. Title and body are trimmed first.
     *
     * @param title the title, required, at most {@value #TITLE_MAX_LENGTH} characters
     * @param body  the text, may be null or empty, at most {@value #BODY_MAX_LENGTH} characters
     * @return the stored notice
     * @throws InvalidNoticeException when the title is missing or a value is too long; nothing is stored
     */
    NoticeDto post(String title, String body);

    /**
     * The notices on the board (not archived), newest first.
     *
     * @param limit how many at most, from 1; values above {@value #LIST_MAX} are treated as {@value #LIST_MAX}
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<NoticeDto> list(int limit);

    /**
     * Takes a notice off the board. The notice is kept; archiving an archived notice changes nothing.
     *
     * @return the notice as it is now
     * @throws NoticeNotFoundException when no notice has this id
     */
    NoticeDto archive(String noticeId);

    /**
     * Archives every notice on the board posted before {@code cutoff}.
     *
     * @return how many notices were archived
     */
    int archivePostedBefore(Instant cutoff);

    /** How many notices are on the board (archived ones not counted). */
    long count();
}
