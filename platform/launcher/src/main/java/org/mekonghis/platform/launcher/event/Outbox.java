package org.mekonghis.platform.launcher.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.mekonghis.platform.api.event.DomainEvent;

/** The SQL of the outbox, delivery and inbox tables. Each method works on the connection it is given. */
public final class Outbox {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ObjectMapper json() {
        return json;
    }

    /** Stores an event in the transaction {@code c} belongs to; returns its id. */
    public String append(Connection c, String source, DomainEvent event) throws SQLException {
        String topic = event.topic();
        if (topic == null || topic.isBlank() || topic.length() > 200) {
            throw new IllegalArgumentException("HIS-0110: event " + event.getClass().getName() + " has no valid topic");
        }
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("HIS-0111: event " + topic + " cannot be stored as JSON: " + e.getOriginalMessage(), e);
        }
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO plt_outbox (event_id, topic, source, occurred_at, payload) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, topic);
            ps.setString(3, source);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.setString(5, payload);
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * Records in {@code c}'s transaction that {@code subscriberId} handled {@code eventId}.
     *
     * @return false when it was recorded before (the work must be skipped)
     */
    public boolean markHandled(Connection c, String subscriberId, String eventId) throws SQLException {
        // Look first: on PostgreSQL a failed insert would abort the whole transaction.
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM plt_event_inbox WHERE subscriber_id = ? AND event_id = ?")) {
            ps.setString(1, subscriberId);
            ps.setString(2, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO plt_event_inbox (subscriber_id, event_id, handled_at) VALUES (?, ?, ?)")) {
            ps.setString(1, subscriberId);
            ps.setString(2, eventId);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        return true;
    }

    /** Events on {@code topics} above {@code watermark} that {@code subscriberId} has no delivery for, oldest first. */
    public List<StoredEvent> pending(Connection c, String subscriberId, Collection<String> topics, long watermark,
            int limit) throws SQLException {
        if (topics.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", topics.stream().map(t -> "?").toList());
        String sql = "SELECT o.id, o.event_id, o.topic, o.source, o.occurred_at, o.payload FROM plt_outbox o"
                + " WHERE o.id > ? AND o.topic IN (" + marks + ") AND NOT EXISTS (SELECT 1 FROM plt_event_delivery d"
                + " WHERE d.subscriber_id = ? AND d.event_id = o.event_id) ORDER BY o.id FETCH FIRST " + limit + " ROWS ONLY";
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, watermark);
            for (String topic : topics) {
                ps.setString(i++, topic);
            }
            ps.setString(i, subscriberId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6), json));
                }
            }
        }
        return events;
    }

    public void recordDelivery(Connection c, String subscriberId, StoredEvent event, String status, int attempts,
            String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plt_event_delivery"
                + " (subscriber_id, event_id, outbox_id, status, attempts, last_error, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, subscriberId);
            ps.setString(2, event.id());
            ps.setLong(3, event.sequence());
            ps.setString(4, status);
            ps.setInt(5, attempts);
            ps.setString(6, error == null ? null : error.substring(0, Math.min(error.length(), 2000)));
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    /** The subscriber's saved watermark, or 0 for a subscriber seen for the first time. */
    public long watermark(Connection c, String subscriberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT watermark FROM plt_subscriber WHERE subscriber_id = ?")) {
            ps.setString(1, subscriberId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    public void saveWatermark(Connection c, String subscriberId, long watermark) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plt_subscriber SET watermark = ? WHERE subscriber_id = ?")) {
            ps.setLong(1, watermark);
            ps.setString(2, subscriberId);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plt_subscriber (subscriber_id, watermark) VALUES (?, ?)")) {
            ps.setString(1, subscriberId);
            ps.setLong(2, watermark);
            ps.executeUpdate();
        }
    }

    /**
     * The highest outbox id below {@code before} (or any, when null) stored earlier than
     * {@code horizon}: everything up to it that a subscriber has seen can be skipped for good.
     * Younger events stay above the watermark, since a transaction still open may yet commit an
     * event with a lower id.
     */
    public long settledUpTo(Connection c, long watermark, Long before, Instant horizon) throws SQLException {
        String sql = "SELECT MAX(id) FROM plt_outbox WHERE id > ? AND occurred_at < ?" + (before == null ? "" : " AND id < ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, watermark);
            ps.setTimestamp(2, Timestamp.from(horizon));
            if (before != null) {
                ps.setLong(3, before);
            }
            try (ResultSet rs = ps.executeQuery()) {
                long max = rs.next() ? rs.getLong(1) : 0L;
                return Math.max(max, watermark);
            }
        }
    }
}
