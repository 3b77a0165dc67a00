package org.mekonghis.platform.api.event;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives domain events, at least once each, in the order they were stored.
 *
 * <p>Register it as an OSGi service. Delivery may repeat (after a crash, or when the platform
 * could not record the delivery), so make the handling idempotent, normally with
 * {@code Database.handleOnce(id(), event, tx -> ...)}. An exception is retried with back-off;
 * after {@link #MAX_ATTEMPTS} failures the event is set aside as failed for this subscriber,
 * shown on the administration page, and the subscriber moves on. Handlers run as the system
 * principal.
 */
@ConsumerType
public interface EventSubscriber {

    /** Attempts before an event is set aside as failed for a subscriber. */
    int MAX_ATTEMPTS = 5;

    /** Stable id of this subscriber, e.g. {@code sample.notice-counter}. Never change it once released. */
    String id();

    /** The topics this subscriber receives. */
    Set<String> topics();

    /** Handles one event. */
    void onEvent(EventEnvelope event) throws Exception;
}
