package org.mekonghis.encounter.api;

/**
 * A clinic room (phòng khám) of a department, where outpatients queue. Also the input of
 * {@link DepartmentService#createRoom} and {@link DepartmentService#updateRoom}.
 *
 * @param code           short stable code, e.g. {@code P101}; unique in the facility, never changes
 * @param name           the name on the door and the ticket, e.g. {@code Phòng khám Nội 1}
 * @param departmentCode the department it belongs to
 * @param active         whether patients can be checked in to it; null on input as for {@link DepartmentDto#active()}
 * @since 1.2
 */
public record RoomDto(String code, String name, String departmentCode, Boolean active) {
}
