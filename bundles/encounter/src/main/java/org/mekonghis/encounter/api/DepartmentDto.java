package org.mekonghis.encounter.api;

/**
 * A department patients are sent to. Also what an administrator sends to create or change one
 * ({@link DepartmentService#createDepartment}, {@link DepartmentService#updateDepartment}).
 *
 * @param code      short stable code, e.g. {@code KKB}: upper-case letters, digits and {@code -}, at most
 *                  {@value DepartmentService#DEPARTMENT_CODE_MAX_LENGTH} characters; what encounters store;
 *                  never changes
 * @param name      the department's name as the facility writes it, e.g. {@code Khoa Khám bệnh}
 * @param sortOrder position in lists, smaller first; null on input keeps the current one (or puts a new
 *                  department last)
 * @param active    whether patients can be sent there; deactivated, never deleted; null on input means true
 *                  for a new department and keeps the current value on update
 * @since 1.0 (sortOrder and active since 1.2)
 */
public record DepartmentDto(String code, String name, Integer sortOrder, Boolean active) {

    /** A department as listed for reception: code and name. */
    public DepartmentDto(String code, String name) {
        this(code, name, null, null);
    }
}
