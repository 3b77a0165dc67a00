package org.mekonghis.platform.api.event;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/** A stored event as a subscriber receives it. */
@ProviderType
public interface EventEnvelope {

    /** Unique id of the event (a UUID), the key subscribers remember. */
    String id();

    /** The event's topic. */
    String topic();

    /** When the transaction that published it stored it. */
    Instant occurredAt();

    /** Symbolic name of the bundle that published it. */
    String source();

    /** The event as JSON, exactly as stored. */
    String payloadJson();

    /** The event converted to the subscriber's own type (usually the publisher's record class). */
    <T> T payload(Class<T> type);
}
