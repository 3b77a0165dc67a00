package org.mekonghis.patient.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mekonghis.patient.api.PatientFieldChange;

/** One changed field of a patient: who changed it, when, from what to what. Never changed itself. */
@Entity
@Table(name = "pat_patient_change")
public class PatientChange {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "patient_id", length = 36, nullable = false)
    private String patientId;

    @Column(name = "field", length = 40, nullable = false)
    private String field;

    @Column(name = "old_value", length = 500)
    private String oldValue;

    @Column(name = "new_value", length = 500)
    private String newValue;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private java.time.LocalDateTime changedAt;

    /** For JPA. */
    protected PatientChange() {
    }

    PatientChange(String patientId, String field, String oldValue, String newValue, String changedBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.patientId = patientId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = Patient.toUtc(at);
    }

    String field() {
        return field;
    }

    String oldValue() {
        return oldValue;
    }

    String newValue() {
        return newValue;
    }

    String changedBy() {
        return changedBy;
    }

    PatientFieldChange toDto() {
        return new PatientFieldChange(Patient.fromUtc(changedAt), changedBy, field, oldValue, newValue);
    }
}
