package org.mekonghis.sample.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

class NoticePostedTest {

    /** Configured as the platform's outbox stores events. */
    private final ObjectMapper outboxJson = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void topic_isModuleDotEventName() {
        NoticePosted event = new NoticePosted("id-1", "Họp", "Nguyễn Thị Lan", Instant.EPOCH);

        assertThat(event.topic()).isEqualTo("sample.NoticePosted").isEqualTo(NoticePosted.TOPIC);
    }

    @Test
    void event_survivesTheOutboxJsonRoundTrip() throws Exception {
        NoticePosted event = new NoticePosted("2f1c7a8e-0000-4000-8000-000000000001", "Diễn tập PCCC",
                "Trần Văn Minh", Instant.parse("2025-03-01T02:30:00.123Z"));

        String json = outboxJson.writeValueAsString(event);

        assertThat(json).contains("\"postedAt\":\"2025-03-01T02:30:00.123Z\"");
        assertThat(outboxJson.readValue(json, NoticePosted.class)).isEqualTo(event);
    }

    @Test
    void exceptions_carryCodeStatusAndKey() {
        NoticeNotFoundException notFound = new NoticeNotFoundException("abc");

        assertThat(notFound.code()).isEqualTo("SMP-0004");
        assertThat(notFound.httpStatus()).isEqualTo(404);
        assertThat(notFound.messageKey()).isEqualTo("sample.error.noticeNotFound");
        assertThat(notFound.getMessage()).isEqualTo("SMP-0004: notice abc does not exist");
        assertThat(InvalidNoticeException.titleRequired().httpStatus()).isEqualTo(400);
    }
}
