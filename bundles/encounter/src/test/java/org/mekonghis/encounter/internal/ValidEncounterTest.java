package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.encounter.api.InvalidEncounterException;

class ValidEncounterTest {
    private static final Set<String> DEPARTMENTS = Set.of("KKB", "CC");

    private static ValidEncounter of(EncounterDraft draft) {
        return ValidEncounter.of(draft, DEPARTMENTS::contains);
    }

    @Test
    void of_trimsValues_andAcceptsALowerCaseDepartmentCode() {
        ValidEncounter valid = of(new EncounterDraft(" p-1 ", EncounterType.OUTPATIENT, " kkb", "  Ho   kéo dài "));

        assertThat(valid).isEqualTo(new ValidEncounter("p-1", EncounterType.OUTPATIENT, "KKB", "Ho kéo dài"));
    }

    @Test
    void of_withEverythingMissing_reportsEveryField() {
        InvalidEncounterException e = catchThrowableOfType(InvalidEncounterException.class,
                () -> of(new EncounterDraft(null, null, " ", "")));

        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("patientId", "type", "departmentCode", "reason");
    }

    @Test
    void of_withUnknownDepartment_namesTheCode() {
        InvalidEncounterException e = catchThrowableOfType(InvalidEncounterException.class,
                () -> of(new EncounterDraft("p-1", EncounterType.EMERGENCY, "xyz", "Tai nạn giao thông")));

        assertThat(e.errors()).containsExactly(new FieldError("departmentCode", "encounter.error.department.unknown",
                "XYZ"));
    }

    @Test
    void of_withTooLongReasonOrPatientId_refusesBoth() {
        InvalidEncounterException e = catchThrowableOfType(InvalidEncounterException.class,
                () -> of(new EncounterDraft("x".repeat(37), EncounterType.OUTPATIENT, "KKB",
                        "a".repeat(EncounterService.REASON_MAX_LENGTH + 1))));

        assertThat(e.errors()).extracting(FieldError::messageKey)
                .containsExactly("encounter.error.patientId.format", "encounter.error.reason.tooLong");
    }
}
