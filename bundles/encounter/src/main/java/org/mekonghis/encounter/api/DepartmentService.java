package org.mekonghis.encounter.api;

import java.util.List;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The facility's layout: departments, their clinic rooms (outpatient queues), wards and beds
 * (inpatients). A fresh installation has the departments of a Vietnamese general hospital, clinic
 * rooms for the outpatient departments and wards with beds for the inpatient ones; administrators
 * adapt them. Nothing is ever deleted: units are deactivated, so encounters keep their codes.
 *
 * <p>Every method checks the caller's permission first and throws {@link AccessDeniedException}
 * without it: lists need {@value EncounterService#PERMISSION_READ}, changes
 * {@value EncounterService#PERMISSION_ADMIN} and record an ADMINISTER audit entry. Codes are
 * upper-cased and trimmed; they never change.
 *
 * @since 1.2
 */
@ProviderType
public interface DepartmentService {
    /** The longest code of a department. */
    int DEPARTMENT_CODE_MAX_LENGTH = 10;
    /** The longest code of a clinic room, ward or bed. */
    int CODE_MAX_LENGTH = 20;
    int NAME_MAX_LENGTH = 100;

    /** Departments in the facility's order; inactive ones only when asked. */
    List<DepartmentDto> departments(boolean includeInactive);

    /**
     * Clinic rooms by code, with their department and active flag.
     *
     * @param departmentCode only this department's rooms, or null for all
     */
    List<RoomDto> rooms(String departmentCode, boolean includeInactive);

    /**
     * Wards by code.
     *
     * @param departmentCode only this department's wards, or null for all
     */
    List<WardDto> wards(String departmentCode, boolean includeInactive);

    /**
     * Beds by ward and code.
     *
     * @param wardCode only this ward's beds, or null for all
     */
    List<BedDto> beds(String wardCode, boolean includeInactive);

    /**
     * Adds a department, last in order unless a sort order is given.
     *
     * @throws InvalidEncounterException      listing every refused field
     * @throws DuplicateFacilityUnitException when the code is taken
     */
    DepartmentDto createDepartment(DepartmentDto department);

    /**
     * Renames, reorders, deactivates or reactivates a department. Null name, sort order or active
     * flag keep the current value; a code in {@code changes} must be {@code code} or null.
     *
     * @throws InvalidEncounterException     listing every refused field
     * @throws FacilityUnitNotFoundException when there is no such department
     */
    DepartmentDto updateDepartment(String code, DepartmentDto changes);

    /**
     * Adds a clinic room to an active department.
     *
     * @throws InvalidEncounterException      listing every refused field
     * @throws DuplicateFacilityUnitException when the code is taken
     */
    RoomDto createRoom(RoomDto room);

    /**
     * Renames, moves (to another active department), deactivates or reactivates a clinic room.
     * Null components keep the current value. Patients already queued keep their numbers.
     *
     * @throws InvalidEncounterException     listing every refused field
     * @throws FacilityUnitNotFoundException when there is no such room
     */
    RoomDto updateRoom(String code, RoomDto changes);

    /**
     * Adds a ward to an active department.
     *
     * @throws InvalidEncounterException      listing every refused field
     * @throws DuplicateFacilityUnitException when the code is taken
     */
    WardDto createWard(WardDto ward);

    /**
     * Renames, deactivates or reactivates a ward. Null components keep the current value. A ward
     * keeps its department once it has beds.
     *
     * @throws InvalidEncounterException     listing every refused field
     * @throws FacilityUnitNotFoundException when there is no such ward
     */
    WardDto updateWard(String code, WardDto changes);

    /**
     * Adds a bed to an active ward.
     *
     * @throws InvalidEncounterException      listing every refused field
     * @throws DuplicateFacilityUnitException when the code is taken
     */
    BedDto createBed(BedDto bed);

    /**
     * Moves a bed to another active ward, deactivates or reactivates it. Null components keep the
     * current value.
     *
     * @throws InvalidEncounterException     listing every refused field
     * @throws FacilityUnitNotFoundException when there is no such bed
     * @throws BedOccupiedException          when an occupied bed would be deactivated or moved
     */
    BedDto updateBed(String code, BedDto changes);
}
