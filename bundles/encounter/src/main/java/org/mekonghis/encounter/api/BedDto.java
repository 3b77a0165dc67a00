package org.mekonghis.encounter.api;

/**
 * A bed of a ward; it holds one inpatient at a time. Also the input of
 * {@link DepartmentService#createBed} and {@link DepartmentService#updateBed}.
 *
 * @param code           short stable code, e.g. {@code NOI-A-01}; unique in the facility, never changes;
 *                       later the bed code of the claim (MA_GIUONG)
 * @param wardCode       the ward it stands in
 * @param departmentCode the ward's department; ignored on input (it follows the ward)
 * @param active         null on input as for {@link DepartmentDto#active()}; an occupied bed cannot be
 *                       deactivated or moved to another ward
 * @since 1.2
 */
public record BedDto(String code, String wardCode, String departmentCode, Boolean active) {
}
