package org.mekonghis.encounter.api;

/**
 * A ward (buồng/khu điều trị) of an inpatient department; it holds beds. Also the input of
 * {@link DepartmentService#createWard} and {@link DepartmentService#updateWard}.
 *
 * @param code           short stable code, e.g. {@code NOI-A}; unique in the facility, never changes
 * @param name           e.g. {@code Khu điều trị Nội A}
 * @param departmentCode the department it belongs to
 * @param active         null on input as for {@link DepartmentDto#active()}
 * @since 1.2
 */
public record WardDto(String code, String name, String departmentCode, Boolean active) {
}
