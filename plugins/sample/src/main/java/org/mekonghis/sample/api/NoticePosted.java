package org.mekonghis.sample.api;

import java.time.Instant;

import org.mekonghis.platform.api.event.DomainEvent;

/**
 * Published when a notice is posted, in the transaction that stores it.
 *
 * @param noticeId the new notice's id
 * @param title    its title
 * @param author   the display name of the staff member who posted it
 * @param postedAt when it was posted
 * @since 1.0
 */
public record NoticePosted(String noticeId, String title, String author, Instant postedAt) implements DomainEvent {

    /** The topic of this event. */
    public static final String TOPIC = "sample.NoticePosted";

    @Override
    public String topic() {
        return TOPIC;
    }
}
