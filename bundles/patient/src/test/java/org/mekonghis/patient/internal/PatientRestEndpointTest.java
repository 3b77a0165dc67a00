package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientFieldChange;

class PatientRestEndpointTest {
    private final PatientRestEndpoint endpoint = new PatientRestEndpoint(null, null);

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readVoidReason_returnsTheReasonAsSent_leavingBlankOnesToTheService() throws IOException {
        assertThat(endpoint.readVoidReason(body("{\"reason\":\"Hồ sơ trùng\"}"))).isEqualTo("Hồ sơ trùng");
        assertThat(endpoint.readVoidReason(body("{}"))).isNull();
    }

    @Test
    void readVoidReason_refusesUnknownFieldsAndMalformedBodies() {
        assertThatThrownBy(() -> endpoint.readVoidReason(body("{\"why\":\"x\"}")))
                .isInstanceOfSatisfying(InvalidPatientException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("why", "patient.error.unknownField")));
        assertThatThrownBy(() -> endpoint.readVoidReason(body("null"))).isInstanceOf(InvalidPatientException.class);
        assertThatThrownBy(() -> endpoint.readVoidReason(body("{\"reason\":\"a\"} x")))
                .isInstanceOf(InvalidPatientException.class);
    }

    @Test
    void historyEntry_isWrittenWithIsoTimeAndNullsKept() {
        Map<String, Object> json = PatientRestEndpoint.toJson(new PatientFieldChange(Instant.parse("2026-03-01T02:03:04Z"), "u1",
                "phone", null, "0912345678"));
        assertThat(json).containsExactly(entry("at", "2026-03-01T02:03:04Z"),
                entry("by", "u1"), entry("field", "phone"),
                entry("oldValue", null), entry("newValue", "0912345678"));
    }
}
