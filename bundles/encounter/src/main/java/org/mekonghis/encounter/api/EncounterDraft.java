package org.mekonghis.encounter.api;

/**
 * What reception enters to open an outpatient or emergency encounter. Any component may be null;
 * the service refuses what is missing or invalid.
 *
 * @param patientId      the patient's internal id
 * @param type           {@link EncounterType#OUTPATIENT} or {@link EncounterType#EMERGENCY}; inpatient
 *                       stays are opened by {@link InpatientService#admit}
 * @param departmentCode one of {@link EncounterService#departments()}
 * @param roomCode       the clinic room the outpatient queues at, an active room of the department
 *                       ({@link DepartmentService#rooms}); may be null when the department has exactly one
 *                       active room, which is then taken. Optional for emergencies (no queue)
 * @param reason         the reason for the visit as told at reception (LY_DO_VV), at most
 *                       {@value EncounterService#REASON_MAX_LENGTH} characters
 * @param coverage       who pays; null means {@link Coverage#selfPay()}
 * @since 1.0 (roomCode and coverage since 1.2)
 */
public record EncounterDraft(String patientId, EncounterType type, String departmentCode, String roomCode,
        String reason, Coverage coverage) {

    /** A self-paid visit without a room: for emergencies, or a department with a single clinic room. */
    public EncounterDraft(String patientId, EncounterType type, String departmentCode, String reason) {
        this(patientId, type, departmentCode, null, reason, null);
    }
}
