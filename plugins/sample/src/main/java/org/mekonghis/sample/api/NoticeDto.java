package org.mekonghis.sample.api;

import java.time.Instant;

/**
 * A notice as callers see it: a snapshot, not a live view of the stored record.
 *
 * @param id       the notice's internal id (a UUID)
 * @param title    the title, never blank
 * @param body     the text, possibly empty, never null
 * @param author   the display name of the staff member who posted it
 * @param authorId the internal id of that principal
 * @param postedAt when it was posted (millisecond precision)
 * @param archived whether it was taken off the board
 * @since 1.0
 */
public record NoticeDto(String id, String title, String body, String author, String authorId, Instant postedAt,
        boolean archived) {
}
