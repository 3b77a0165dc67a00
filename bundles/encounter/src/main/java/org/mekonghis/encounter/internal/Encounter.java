package org.mekonghis.encounter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterStatus;
import org.mekonghis.encounter.api.EncounterType;

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

    @Column(name = "queue_number")
    private Integer queueNumber;

    @Column(name = "queue_date")
    private LocalDate queueDate;

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
    @Column(name = "outcome", length = 30)
    private EncounterOutcome outcome;

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

    Encounter(String id, String code, ValidEncounter values, Integer queueNumber, LocalDate queueDate,
            String openedBy, Instant now) {
        this.id = id;
        this.code = code;
        this.patientId = values.patientId();
        this.type = values.type();
        this.departmentCode = values.departmentCode();
        this.reason = values.reason();
        this.queueNumber = queueNumber;
        this.queueDate = queueDate;
        this.status = EncounterStatus.OPEN;
        this.openSlot = openSlot(patientId, type);
        this.openedBy = openedBy;
        this.openedAt = toUtc(now);
    }

    static String openSlot(String patientId, EncounterType type) {
        return patientId + ":" + type.name();
    }

    void close(EncounterOutcome outcome, String by, Instant now) {
        this.status = EncounterStatus.CLOSED;
        this.outcome = outcome;
        this.openSlot = null;
        this.closedBy = by;
        this.closedAt = toUtc(now);
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

    boolean closed() {
        return status == EncounterStatus.CLOSED;
    }

    EncounterDto toDto() {
        return new EncounterDto(id, code, patientId, type, departmentCode, queueNumber, queueDate, reason, status,
                outcome, toInstant(openedAt), toInstant(closedAt));
    }

    private static LocalDateTime toUtc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant toInstant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
