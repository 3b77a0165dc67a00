package org.mekonghis.patient.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One word of a patient's search name, so that every typed word can be matched with an indexed
 * prefix LIKE wherever it stands in the name. Derived from the name and rewritten with it.
 */
@Entity
@Table(name = "pat_name_token")
public class NameToken {

    @Id
    @Column(name = "id", length = 40)
    private String id;

    @Column(name = "patient_id", length = 36, nullable = false)
    private String patientId;

    @Column(name = "token", length = 100, nullable = false)
    private String token;

    /** For JPA. */
    protected NameToken() {
    }

    NameToken(String patientId, int position, String token) {
        this.id = patientId + "-" + position;
        this.patientId = patientId;
        this.token = token;
    }
}
