package org.mekonghis.encounter.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mekonghis.encounter.api.BedMovement;

/**
 * An inpatient's stay in one bed of one department, from admission or transfer to transfer or
 * discharge. Ended, never deleted: the stays are the movement history bed-days are billed from.
 */
@Entity
@Table(name = "enc_bed_stay")
public class BedStay {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "encounter_id", length = 36, nullable = false)
    private String encounterId;

    @Column(name = "patient_id", length = 36, nullable = false)
    private String patientId;

    @Column(name = "department_code", length = 10, nullable = false)
    private String departmentCode;

    @Column(name = "ward_code", length = 20, nullable = false)
    private String wardCode;

    @Column(name = "bed_code", length = 20, nullable = false)
    private String bedCode;

    /**
     * The bed code while the stay lasts, null after. Its unique constraint is the database's
     * guarantee that a bed holds one patient, whatever the code path or the concurrency.
     */
    @Column(name = "occupied_bed", length = 20, unique = true)
    private String occupiedBed;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "started_by", length = 100, nullable = false)
    private String startedBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "reason", length = 500, nullable = false)
    private String reason;

    @Column(name = "original_patient_id", length = 36)
    private String originalPatientId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected BedStay() {
    }

    BedStay(String id, String encounterId, String patientId, String departmentCode, String wardCode, String bedCode,
            String reason, String by, Instant now) {
        this.id = id;
        this.encounterId = encounterId;
        this.patientId = patientId;
        this.departmentCode = departmentCode;
        this.wardCode = wardCode;
        this.bedCode = bedCode;
        this.occupiedBed = bedCode;
        this.reason = reason;
        this.startedBy = by;
        this.startedAt = Encounter.utc(now);
    }

    void end(String by, Instant now) {
        this.occupiedBed = null;
        this.endedBy = by;
        this.endedAt = Encounter.utc(now);
    }

    void repoint(String survivorId) {
        if (originalPatientId == null) {
            originalPatientId = patientId;
        }
        patientId = survivorId;
    }

    String departmentCode() {
        return departmentCode;
    }

    String bedCode() {
        return bedCode;
    }

    BedMovement toMovement() {
        return new BedMovement(departmentCode, wardCode, bedCode, Encounter.instant(startedAt),
                Encounter.instant(endedAt), reason);
    }
}
