package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mekonghis.encounter.api.InpatientService;

/** SO_NGAY_DTRI of QĐ 130/4750 for inpatients: (discharge day − admission day) + 1. */
class DaysOfStayTest {

    @Test
    void daysOfStay_sameDay_isOne() {
        LocalDate day = LocalDate.of(2026, 3, 15);
        assertThat(InpatientService.daysOfStay(day, day)).isEqualTo(1);
    }

    @Test
    void daysOfStay_countsBothTheAdmissionAndTheDischargeDay() {
        assertThat(InpatientService.daysOfStay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3))).isEqualTo(3);
    }

    @Test
    void daysOfStay_acrossMonthAndLeapDay() {
        assertThat(InpatientService.daysOfStay(LocalDate.of(2028, 2, 27), LocalDate.of(2028, 3, 2))).isEqualTo(5);
    }

    @Test
    void daysOfStay_lastDayBeforeAdmission_throws() {
        assertThatThrownBy(() -> InpatientService.daysOfStay(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
