package org.mekonghis.encounter.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mekonghis.encounter.api.WardDto;

/** A ward of an inpatient department; holds beds. Deactivated, never deleted. */
@Entity
@Table(name = "enc_ward")
public class Ward {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "department_code", length = 10, nullable = false)
    private String departmentCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** For JPA. */
    protected Ward() {
    }

    Ward(String code, String name, String departmentCode, int sortOrder, boolean active) {
        this.code = code;
        this.name = name;
        this.departmentCode = departmentCode;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    void change(String name, String departmentCode, Boolean active) {
        if (name != null) {
            this.name = name;
        }
        if (departmentCode != null) {
            this.departmentCode = departmentCode;
        }
        if (active != null) {
            this.active = active;
        }
    }

    String code() {
        return code;
    }

    String departmentCode() {
        return departmentCode;
    }

    boolean active() {
        return active;
    }

    WardDto toDto() {
        return new WardDto(code, name, departmentCode, active);
    }
}
