package org.mekonghis.terminology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.terminology.api.InvalidTerminologyException;

class TerminologyRestEndpointTest {

    @Test
    void csvBodies_areDecodedStrictly_inTheDeclaredCharsetOrUtf8() {
        assertThat(TerminologyRestEndpoint.decode("R51,Đau đầu".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo("R51,Đau đầu");
        assertThat(TerminologyRestEndpoint.decode("R51,Sốt".getBytes(StandardCharsets.UTF_16LE), "UTF-16LE"))
                .isEqualTo("R51,Sốt");
        byte[] latin1 = "R51,Phòng khám".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TerminologyRestEndpoint.decode(latin1, null)).isInstanceOfSatisfying(
                InvalidTerminologyException.class, e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                        .containsExactly("terminology.error.import.encoding"));
        assertThatThrownBy(() -> TerminologyRestEndpoint.decode(new byte[0], "no-such-charset"))
                .isInstanceOf(InvalidTerminologyException.class);
    }

    @Test
    void theCharsetParameter_isReadFromTheContentType() {
        assertThat(TerminologyRestEndpoint.charsetOf("text/csv; charset=\"windows-1258\"")).isEqualTo("windows-1258");
        assertThat(TerminologyRestEndpoint.charsetOf("text/csv;Charset=UTF-8")).isEqualTo("UTF-8");
        assertThat(TerminologyRestEndpoint.charsetOf("text/csv")).isNull();
    }
}
