package org.mekonghis.platform.launcher.event;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mekonghis.platform.api.event.EventEnvelope;

/** An event read back from the outbox. */
public record StoredEvent(long sequence, String id, String topic, String source, Instant occurredAt, String payloadJson,
        ObjectMapper json) implements EventEnvelope {

    @Override
    public <T> T payload(Class<T> type) {
        try {
            return json.readValue(payloadJson, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("HIS-0112: event " + id + " (" + topic + ") cannot be read as "
                    + type.getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "event " + id + " (" + topic + ", #" + sequence + ")";
    }
}
