package org.mekonghis.sample.internal;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.mekonghis.platform.api.event.DomainEvent;
import org.mekonghis.platform.api.event.EventEnvelope;

/** An event as the platform delivers it, stored as JSON the way its outbox does. */
record TestEnvelope(String id, String topic, Instant occurredAt, String source, String payloadJson)
        implements EventEnvelope {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static TestEnvelope of(DomainEvent event) {
        try {
            return new TestEnvelope(UUID.randomUUID().toString(), event.topic(), Instant.now(), "org.mekonghis.sample",
                    JSON.writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T payload(Class<T> type) {
        try {
            return JSON.readValue(payloadJson, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
