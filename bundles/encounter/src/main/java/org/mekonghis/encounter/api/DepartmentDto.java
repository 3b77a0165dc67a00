package org.mekonghis.encounter.api;

/**
 * A department patients are sent to.
 *
 * @param code short stable code, e.g. {@code KKB}; what encounters store
 * @param name the department's name as the facility writes it, e.g. {@code Khoa Khám bệnh}
 * @since 1.0
 */
public record DepartmentDto(String code, String name) {
}
