package org.mekonghis.encounter.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mekonghis.encounter.api.DepartmentDto;

/** A department of the facility. Deactivated, never deleted: encounters keep its code. */
@Entity
@Table(name = "enc_department")
public class Department {

    @Id
    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    /** For JPA. */
    protected Department() {
    }

    Department(String code, String name, int sortOrder, boolean active) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    void change(String name, Integer sortOrder, Boolean active) {
        if (name != null) {
            this.name = name;
        }
        if (sortOrder != null) {
            this.sortOrder = sortOrder;
        }
        if (active != null) {
            this.active = active;
        }
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    boolean active() {
        return active;
    }

    DepartmentDto toDto() {
        return new DepartmentDto(code, name, sortOrder, active);
    }
}
