package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QueueNumbersTest {

    @Test
    void counterKey_isPerRoomAndDay_soQueuesStartAgainEachDay() {
        LocalDate day = LocalDate.of(2026, 3, 15);
        assertThat(QueueNumbers.counterKey("P101", day)).isEqualTo("QR:P101:20260315");
        assertThat(QueueNumbers.counterKey("P101", day.plusDays(1))).isNotEqualTo(QueueNumbers.counterKey("P101", day));
        assertThat(QueueNumbers.counterKey("P102", day)).isNotEqualTo(QueueNumbers.counterKey("P101", day));
    }

    @Test
    void counterKey_neverContinuesTheFormerDepartmentCounters() {
        // department counters of version 1.0 were "Q:<department>:<day>"
        assertThat(QueueNumbers.counterKey("KKB", LocalDate.of(2026, 3, 15))).isNotEqualTo("Q:KKB:20260315");
    }

    @Test
    void counterKey_fitsTheCounterColumn_forTheLongestRoomCode() {
        assertThat(QueueNumbers.counterKey("A".repeat(20), LocalDate.of(2026, 12, 31))).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void toQueueNumber_outOfRange_throws() {
        assertThat(QueueNumbers.toQueueNumber(1)).isEqualTo(1);
        assertThatThrownBy(() -> QueueNumbers.toQueueNumber(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
