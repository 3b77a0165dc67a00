package org.mekonghis.encounter.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mekonghis.encounter.api.BedDto;

/** A bed of a ward. Deactivated, never deleted; who holds it is in {@link BedStay}. */
@Entity
@Table(name = "enc_bed")
public class Bed {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "ward_code", length = 20, nullable = false)
    private String wardCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** For JPA. */
    protected Bed() {
    }

    Bed(String code, String wardCode, int sortOrder, boolean active) {
        this.code = code;
        this.wardCode = wardCode;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    void change(String wardCode, Boolean active) {
        if (wardCode != null) {
            this.wardCode = wardCode;
        }
        if (active != null) {
            this.active = active;
        }
    }

    String code() {
        return code;
    }

    String wardCode() {
        return wardCode;
    }

    boolean active() {
        return active;
    }

    BedDto toDto(String departmentCode) {
        return new BedDto(code, wardCode, departmentCode, active);
    }
}
