package org.mekonghis.patient.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A patient's photo, apart from the patient so that loading a patient never loads it. */
@Entity
@Table(name = "pat_patient_photo")
public class PatientPhoto {

    @Id
    @Column(name = "patient_id", length = 36)
    private String patientId;

    @Column(name = "content_type", length = 20, nullable = false)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", length = 100, nullable = false)
    private String updatedBy;

    /** For JPA. */
    protected PatientPhoto() {
    }

    PatientPhoto(String patientId, PhotoImage image, String by, Instant now) {
        this.patientId = patientId;
        replace(image, by, now);
    }

    void replace(PhotoImage image, String by, Instant now) {
        this.contentType = image.contentType();
        this.content = image.bytes();
        this.updatedBy = by;
        this.updatedAt = Patient.toUtc(now);
    }

    byte[] content() {
        return content.clone();
    }
}
