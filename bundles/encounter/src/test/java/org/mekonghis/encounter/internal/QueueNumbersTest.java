package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QueueNumbersTest {

    @Test
    void counterKey_isPerDepartmentAndDay_soQueuesStartAgainEachDay() {
        LocalDate day = LocalDate.of(2026, 3, 15);
        assertThat(QueueNumbers.counterKey("KKB", day)).isEqualTo("Q:KKB:20260315");
        assertThat(QueueNumbers.counterKey("KKB", day.plusDays(1))).isNotEqualTo(QueueNumbers.counterKey("KKB", day));
        assertThat(QueueNumbers.counterKey("NOI", day)).isNotEqualTo(QueueNumbers.counterKey("KKB", day));
    }

    @Test
    void counterKey_fitsTheCounterColumn_forTheLongestDepartmentCode() {
        assertThat(QueueNumbers.counterKey("ABCDEFGHIJ", LocalDate.of(2026, 12, 31))).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void toQueueNumber_outOfRange_throws() {
        assertThat(QueueNumbers.toQueueNumber(1)).isEqualTo(1);
        assertThatThrownBy(() -> QueueNumbers.toQueueNumber(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
