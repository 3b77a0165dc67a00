package org.mekonghis.encounter.api;

/**
 * The kinds of places of the facility's layout ({@link DepartmentService}).
 *
 * @since 1.2
 */
public enum FacilityUnitKind {
    DEPARTMENT, ROOM, WARD, BED
}
