package org.mekonghis.encounter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mekonghis.encounter.api.Closing;
import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.Diagnosis;
import org.mekonghis.encounter.api.Discharge;
import org.mekonghis.encounter.api.DischargeKind;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterStatus;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.QueueStatus;
import org.mekonghis.encounter.api.TreatmentResult;

/** A patient's encounter. Closed with an outcome, never deleted. */
@Entity
@Table(name = "enc_encounter")
public class Encounter {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "code", length = 20, nullable = false, unique = true)
    private String code;

    @Column(name = "patient_id", length = 36, nullable = false)
    private String patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "encounter_type", length = 20, nullable = false)
    private EncounterType type;

    @Column(name = "department_code", length = 10, nullable = false)
    private String departmentCode;

    @Column(name = "room_code", length = 20)
    private String roomCode;

    @Column(name = "queue_number")
    private Integer queueNumber;

    @Column(name = "queue_date")
    private LocalDate queueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "queue_status", length = 12)
    private QueueStatus queueStatus;

    @Column(name = "called_at")
    private LocalDateTime calledAt;

    @Column(name = "consultation_done_at")
    private LocalDateTime consultationDoneAt;

    @Column(name = "reason", length = 500, nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private EncounterStatus status;

    /**
     * {@code patientId:TYPE} while open, null once closed. Its unique constraint is the
     * database's guarantee of one open encounter per patient and type (NULLs do not collide on
     * Derby or PostgreSQL).
     */
    @Column(name = "open_slot", length = 60, unique = true)
    private String openSlot;

    @Enumerated(EnumType.STRING)
    @Column(name = "coverage_type", length = 10, nullable = false)
    private CoverageType coverageType;

    @Enumerated(EnumType.STRING)
    @Column(name = "insurance_route", length = 20)
    private InsuranceRoute insuranceRoute;

    @Column(name = "referral_number", length = 50)
    private String referralNumber;

    @Column(name = "referral_from", length = 5)
    private String referralFrom;

    @Column(name = "card_number", length = 15)
    private String cardNumber;

    @Column(name = "card_valid_from")
    private LocalDate cardValidFrom;

    @Column(name = "card_valid_to")
    private LocalDate cardValidTo;

    @Column(name = "card_facility", length = 5)
    private String cardFacility;

    @Column(name = "card_five_years")
    private LocalDate cardFiveYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private EncounterOutcome outcome;

    @Column(name = "referred_to", length = 5)
    private String referredTo;

    @Column(name = "referral_reason", length = 500)
    private String referralReason;

    @Column(name = "closing_note", length = 1000)
    private String closingNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "treatment_result", length = 20)
    private TreatmentResult treatmentResult;

    @Enumerated(EnumType.STRING)
    @Column(name = "discharge_kind", length = 30)
    private DischargeKind dischargeKind;

    @Column(name = "from_encounter_id", length = 36)
    private String fromEncounterId;

    @Column(name = "admitted_as_id", length = 36)
    private String admittedAsId;

    @Column(name = "ward_code", length = 20)
    private String wardCode;

    @Column(name = "bed_code", length = 20)
    private String bedCode;

    @Column(name = "on_leave_until")
    private LocalDate onLeaveUntil;

    @Column(name = "original_patient_id", length = 36)
    private String originalPatientId;

    /** UTC wall-clock time, the same on Derby and PostgreSQL whatever the JVM zone. */
    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "opened_by", length = 100, nullable = false)
    private String openedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected Encounter() {
    }

    /** An outpatient or emergency encounter; {@code queueNumber} null for emergencies. */
    Encounter(String id, String code, ValidEncounter values, Coverage coverage, Integer queueNumber,
            LocalDate queueDate, String openedBy, Instant now) {
        this.id = id;
        this.code = code;
        this.patientId = values.patientId();
        this.type = values.type();
        this.departmentCode = values.departmentCode();
        this.roomCode = values.roomCode();
        this.reason = values.reason();
        this.queueNumber = queueNumber;
        this.queueDate = queueDate;
        this.queueStatus = queueNumber == null ? null : QueueStatus.WAITING;
        this.status = EncounterStatus.OPEN;
        this.openSlot = openSlot(patientId, type);
        setCoverage(coverage);
        this.openedBy = openedBy;
        this.openedAt = utc(now);
    }

    /** The inpatient encounter of an admission from {@code from}, with its coverage. */
    static Encounter admitted(String id, String code, Encounter from, String departmentCode, String wardCode,
            String bedCode, String reason, String by, Instant now) {
        Encounter e = new Encounter();
        e.id = id;
        e.code = code;
        e.patientId = from.patientId;
        e.originalPatientId = from.originalPatientId;
        e.type = EncounterType.INPATIENT;
        e.departmentCode = departmentCode;
        e.wardCode = wardCode;
        e.bedCode = bedCode;
        e.reason = reason;
        e.status = EncounterStatus.OPEN;
        e.openSlot = openSlot(e.patientId, EncounterType.INPATIENT);
        e.setCoverage(from.coverage());
        e.fromEncounterId = from.id;
        e.openedBy = by;
        e.openedAt = utc(now);
        return e;
    }

    static String openSlot(String patientId, EncounterType type) {
        return patientId + ":" + type.name();
    }

    private void setCoverage(Coverage c) {
        this.coverageType = c.type();
        this.insuranceRoute = c.route();
        this.referralNumber = c.referralNumber();
        this.referralFrom = c.referralFromFacilityCode();
        this.cardNumber = c.cardNumber();
        this.cardValidFrom = c.cardValidFrom();
        this.cardValidTo = c.cardValidTo();
        this.cardFacility = c.cardFacilityCode();
        this.cardFiveYears = c.fiveYearsContinuousFrom();
    }

    Coverage coverage() {
        return new Coverage(coverageType, insuranceRoute, referralNumber, referralFrom, cardNumber, cardValidFrom,
                cardValidTo, cardFacility, cardFiveYears);
    }

    /** Closes an outpatient or emergency visit as checked by {@link ValidClosing}. */
    void close(Closing closing, String by, Instant now) {
        this.referredTo = closing.referredToFacilityCode();
        this.referralReason = closing.referralReason();
        this.closingNote = closing.note();
        end(closing.outcome(), by, now);
    }

    /** Closes the visit the patient was admitted from. */
    void closeAdmitted(String inpatientEncounterId, String by, Instant now) {
        this.admittedAsId = inpatientEncounterId;
        end(EncounterOutcome.ADMITTED, by, now);
    }

    /** Closes an inpatient stay as checked by {@link ValidDischarge}. */
    void discharge(Discharge discharge, String by, Instant now) {
        this.dischargeKind = discharge.kind();
        this.treatmentResult = discharge.result();
        this.referredTo = discharge.referredToFacilityCode();
        this.referralReason = discharge.referralReason();
        this.closingNote = discharge.note();
        this.onLeaveUntil = null;
        end(discharge.kind().outcome(), by, now);
    }

    private void end(EncounterOutcome outcome, String by, Instant now) {
        this.status = EncounterStatus.CLOSED;
        this.outcome = outcome;
        this.openSlot = null;
        this.closedBy = by;
        this.closedAt = utc(now);
    }

    void call(Instant now) {
        this.queueStatus = QueueStatus.IN_PROGRESS;
        this.calledAt = utc(now);
    }

    void finishConsultation(Instant now) {
        this.queueStatus = QueueStatus.DONE;
        this.consultationDoneAt = utc(now);
    }

    void moveTo(String departmentCode, String wardCode, String bedCode) {
        this.departmentCode = departmentCode;
        this.wardCode = wardCode;
        this.bedCode = bedCode;
    }

    void leaveUntil(LocalDate until) {
        this.onLeaveUntil = until;
    }

    /**
     * Hands the encounter to the surviving record of a merge, remembering the first patient it was
     * opened for. While open it takes the survivor's open slot when that is free; otherwise it keeps
     * its own slot (the survivor then has two open encounters of a type, which staff resolve by
     * closing one) so the merge never fails.
     */
    void repoint(String survivorId, boolean survivorSlotFree) {
        if (originalPatientId == null) {
            originalPatientId = patientId;
        }
        patientId = survivorId;
        if (openSlot != null && survivorSlotFree) {
            openSlot = openSlot(survivorId, type);
        }
    }

    String id() {
        return id;
    }

    String code() {
        return code;
    }

    String patientId() {
        return patientId;
    }

    EncounterType type() {
        return type;
    }

    String departmentCode() {
        return departmentCode;
    }

    String roomCode() {
        return roomCode;
    }

    Integer queueNumber() {
        return queueNumber;
    }

    QueueStatus queueStatus() {
        return queueStatus;
    }

    String wardCode() {
        return wardCode;
    }

    String bedCode() {
        return bedCode;
    }

    LocalDate onLeaveUntil() {
        return onLeaveUntil;
    }

    String fromEncounterId() {
        return fromEncounterId;
    }

    Instant openedAt() {
        return instant(openedAt);
    }

    boolean closed() {
        return status == EncounterStatus.CLOSED;
    }

    EncounterDto toDto(List<Diagnosis> diagnoses) {
        Diagnosis primary = diagnoses.isEmpty() ? null : diagnoses.get(0);
        List<Diagnosis> secondary = diagnoses.isEmpty() ? List.of() : diagnoses.subList(1, diagnoses.size());
        Closing closing = closed() && type != EncounterType.INPATIENT
                ? new Closing(outcome, referredTo, referralReason, closingNote) : null;
        Discharge discharge = dischargeKind == null ? null
                : new Discharge(dischargeKind, treatmentResult, referredTo, referralReason, closingNote);
        return new EncounterDto(id, code, patientId, type, departmentCode, queueNumber, queueDate, reason, status,
                outcome, instant(openedAt), instant(closedAt), roomCode, queueStatus, instant(calledAt),
                instant(consultationDoneAt), coverage(), primary, secondary, closing, discharge, fromEncounterId,
                admittedAsId, wardCode, bedCode, onLeaveUntil, originalPatientId);
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
