package org.mekonghis.encounter.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mekonghis.encounter.api.Diagnosis;

/**
 * One diagnosis of an encounter with the catalog's names at the time: position 0 is the main
 * diagnosis. Replaced, never deleted, when the diagnoses are set again.
 */
@Entity
@Table(name = "enc_diagnosis")
public class EncounterDiagnosis {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "encounter_id", length = 36, nullable = false)
    private String encounterId;

    @Column(name = "seq_no", nullable = false)
    private int position;

    @Column(name = "code", length = 10, nullable = false)
    private String code;

    @Column(name = "name_vi", length = 500, nullable = false)
    private String nameVi;

    @Column(name = "name_en", length = 500)
    private String nameEn;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    @Column(name = "set_by", length = 100, nullable = false)
    private String setBy;

    @Column(name = "replaced_at")
    private LocalDateTime replacedAt;

    @Column(name = "replaced_by", length = 100)
    private String replacedBy;

    /** For JPA. */
    protected EncounterDiagnosis() {
    }

    EncounterDiagnosis(String id, String encounterId, int position, Diagnosis diagnosis, String by, Instant now) {
        this.id = id;
        this.encounterId = encounterId;
        this.position = position;
        this.code = diagnosis.code();
        this.nameVi = truncate(diagnosis.nameVi());
        this.nameEn = truncate(diagnosis.nameEn());
        this.setBy = by;
        this.setAt = Encounter.utc(now);
    }

    private static String truncate(String name) {
        return name == null || name.length() <= 500 ? name : name.substring(0, 500);
    }

    void replace(String by, Instant now) {
        this.replacedBy = by;
        this.replacedAt = Encounter.utc(now);
    }

    Diagnosis toDiagnosis() {
        return new Diagnosis(code, nameVi, nameEn);
    }
}
