package org.mekonghis.sample.internal;

import java.time.Instant;

/**
 * A line of the activity feed as the view and the REST API show it.
 *
 * @param id         the line's id
 * @param eventId    the id of the event it records (one line per event)
 * @param noticeId   the notice concerned
 * @param actor      the display name of the staff member who acted
 * @param text       an English summary
 * @param recordedAt when the line was written
 */
record ActivityEntry(String id, String eventId, String noticeId, String actor, String text, Instant recordedAt) {
}
