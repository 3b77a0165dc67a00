package org.mekonghis.encounter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.mekonghis.encounter.api.BedDto;
import org.mekonghis.encounter.api.BedOccupiedException;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.DuplicateFacilityUnitException;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.FacilityUnitKind;
import org.mekonghis.encounter.api.FacilityUnitNotFoundException;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.encounter.api.RoomDto;
import org.mekonghis.encounter.api.WardDto;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Departments, clinic rooms, wards and beds in the bundle's database. */
@Component(service = DepartmentService.class)
public final class DepartmentServiceImpl implements DepartmentService {
    private static final Logger LOG = LoggerFactory.getLogger(DepartmentServiceImpl.class);
    /** Upper-case letters, digits and inner hyphens. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    private final Database database;
    private final SecurityContext security;
    private final AuditLog audit;

    @Activate
    public DepartmentServiceImpl(@Reference EncounterDatabase store, @Reference SecurityContext security,
            @Reference AuditLog audit) {
        this(store.database(), security, audit);
    }

    DepartmentServiceImpl(Database database, SecurityContext security, AuditLog audit) {
        this.database = database;
        this.security = security;
        this.audit = audit;
    }

    @Override
    public List<DepartmentDto> departments(boolean includeInactive) {
        security.require(EncounterService.PERMISSION_READ);
        return database.read(em -> em.createQuery("SELECT d FROM Department d ORDER BY d.sortOrder, d.code",
                Department.class).getResultList().stream().filter(d -> includeInactive || d.active())
                .map(Department::toDto).toList());
    }

    @Override
    public List<RoomDto> rooms(String departmentCode, boolean includeInactive) {
        security.require(EncounterService.PERMISSION_READ);
        String department = ValidEncounter.code(departmentCode);
        return database.read(em -> em.createQuery("SELECT r FROM Room r ORDER BY r.sortOrder, r.code", Room.class)
                .getResultList().stream().filter(r -> includeInactive || r.active())
                .filter(r -> department == null || department.equals(r.departmentCode())).map(Room::toDto).toList());
    }

    @Override
    public List<WardDto> wards(String departmentCode, boolean includeInactive) {
        security.require(EncounterService.PERMISSION_READ);
        String department = ValidEncounter.code(departmentCode);
        return database.read(em -> em.createQuery("SELECT w FROM Ward w ORDER BY w.sortOrder, w.code", Ward.class)
                .getResultList().stream().filter(w -> includeInactive || w.active())
                .filter(w -> department == null || department.equals(w.departmentCode())).map(Ward::toDto).toList());
    }

    @Override
    public List<BedDto> beds(String wardCode, boolean includeInactive) {
        security.require(EncounterService.PERMISSION_READ);
        String ward = ValidEncounter.code(wardCode);
        return database.read(em -> {
            Map<String, String> departmentOfWard = em.createQuery("SELECT w FROM Ward w", Ward.class).getResultList()
                    .stream().collect(Collectors.toMap(Ward::code, Ward::departmentCode));
            return em.createQuery("SELECT b FROM Bed b ORDER BY b.wardCode, b.sortOrder, b.code", Bed.class)
                    .getResultList().stream().filter(b -> includeInactive || b.active())
                    .filter(b -> ward == null || ward.equals(b.wardCode()))
                    .map(b -> b.toDto(departmentOfWard.get(b.wardCode()))).toList();
        });
    }

    @Override
    public DepartmentDto createDepartment(DepartmentDto department) {
        Principal author = security.require(EncounterService.PERMISSION_ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String code = newCode(department == null ? null : department.code(), DEPARTMENT_CODE_MAX_LENGTH, errors);
        String name = name(department == null ? null : department.name(), true, errors);
        refuse(errors);
        return create(FacilityUnitKind.DEPARTMENT, code, Department.class, em -> {
            int order = department.sortOrder() != null ? department.sortOrder() : em.createQuery(
                    "SELECT COALESCE(MAX(d.sortOrder), 0) FROM Department d", Integer.class).getSingleResult() + 10;
            Department d = new Department(code, name, order, department.active() == null || department.active());
            em.persist(d);
            return d.toDto();
        }, author);
    }

    @Override
    public DepartmentDto updateDepartment(String code, DepartmentDto changes) {
        Principal author = security.require(EncounterService.PERMISSION_ADMIN);
        String key = key(code);
        List<FieldError> errors = new ArrayList<>();
        sameCode(key, changes == null ? null : changes.code(), errors);
        String name = name(changes == null ? null : changes.name(), false, errors);
        refuse(errors);
        return update(FacilityUnitKind.DEPARTMENT, key, em -> {
            Department d = em.find(Department.class, key);
            if (d == null) {
                throw new FacilityUnitNotFoundException(FacilityUnitKind.DEPARTMENT, key);
            }
            d.change(name, changes.sortOrder(), changes.active());
            return d.toDto();
        }, author);
    }

    @Override
    public RoomDto createRoom(RoomDto room) {
        Principal author = security.require(EncounterService.PERMISSION_ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String code = newCode(room == null ? null : room.code(), CODE_MAX_LENGTH, errors);
        String name = name(room == null ? null : room.name(), true, errors);
        String department = database.read(em -> activeDepartment(em, room == null ? null : room.departmentCode(),
                true, errors));
        refuse(errors);
        return create(FacilityUnitKind.ROOM, code, Room.class, em -> {
            int order = em.createQuery("SELECT COALESCE(MAX(r.sortOrder), 0) FROM Room r", Integer.class)
                    .getSingleResult() + 10;
            Room r = new Room(code, name, department, order, room.active() == null || room.active());
            em.persist(r);
            return r.toDto();
        }, author);
    }

    @Override
    public RoomDto updateRoom(String code, RoomDto changes) {
        Principal author = security.require(EncounterService.PERMISSION_ADMIN);
        String key = key(code);
        List<FieldError> errors = new ArrayList<>();
        sameCode(key, changes == null ? null : changes.code(), errors);
        String name = name(changes == null ? null : changes.name(), false, errors);
        String department = database.read(em -> activeDepartment(em, changes == null ? null
                : changes.departmentCode(), false, errors));
        refuse(errors);
        return update(FacilityUnitKind.ROOM, key, em -> {
            Room r = em.find(Room.class, key);
            if (r == null) {
                throw new FacilityUnitNotFoundException(FacilityUnitKind.ROOM, key);
            }
            r.change(name, department, changes.active());
            return r.toDto();
        }, author);
    }

    @Override
    public WardDto createWard(WardDto ward) {
        Principal author = security.require(EncounterService.PERMISSION_ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String code = newCode(ward == null ? null : ward.code(), CODE_MAX_LENGTH, errors);
        String name = name(ward == null ? null : ward.name(), true, errors);
        String department = database.read(em -> activeDepartment(em, ward == null ? null : ward.departmentCode(),
                true, errors));
        refuse(errors);
        return create(FacilityUnitKind.WARD, code, Ward.class, em -> {
            int order = em.createQuery("SELECT COALESCE(MAX(w.sortOrder), 0) FROM Ward w", Integer.class)
                    .getSingleResult() + 10;
            Ward w = new Ward(code, name, department, order, ward.active() == null || ward.active());
            em.persist(w);
            return w.toDto();
        }, author);
    }

    @Override
    public WardDto updateWard(String code, WardDto changes) {
        Principal author = security.require(EncounterService.PERMISSION_ADMIN);
        String key = key(code);
        List<FieldError> errors = new ArrayList<>();
        sameCode(key, changes == null ? null : changes.code(), errors);
        String name = name(changes == null ? null : changes.name(), false, errors);
        String department = database.read(em -> activeDepartment(em, changes == null ? null
                : changes.departmentCode(), false, errors));
        refuse(errors);
        return update(FacilityUnitKind.WARD, key, em -> {
            Ward w = em.find(Ward.class, key);
            if (w == null) {
                throw new FacilityUnitNotFoundException(FacilityUnitKind.WARD, key);
            }
            if (department != null && !department.equals(w.departmentCode()) && !em.createQuery(
                    "SELECT b.code FROM Bed b WHERE b.wardCode = :w", String.class).setParameter("w", key)
                    .setMaxResults(1).getResultList().isEmpty()) {
                // beds' stays record the department they were in; a ward with beds keeps its department
                throw new InvalidEncounterException(List.of(new FieldError("departmentCode",
                        "encounter.error.ward.hasBeds", key)));
            }
            w.change(name, department, changes.active());
            return w.toDto();
        }, author);
    }

    @Override
    public BedDto createBed(BedDto bed) {
        Principal author = security.require(EncounterService.PERMISSION_ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String code = newCode(bed == null ? null : bed.code(), CODE_MAX_LENGTH, errors);
        Ward ward = database.read(em -> activeWard(em, bed == null ? null : bed.wardCode(), true, errors));
        refuse(errors);
        return create(FacilityUnitKind.BED, code, Bed.class, em -> {
            int order = em.createQuery("SELECT COALESCE(MAX(b.sortOrder), 0) FROM Bed b WHERE b.wardCode = :w",
                    Integer.class).setParameter("w", ward.code()).getSingleResult() + 1;
            Bed b = new Bed(code, ward.code(), order, bed.active() == null || bed.active());
            em.persist(b);
            return b.toDto(ward.departmentCode());
        }, author);
    }

    @Override
    public BedDto updateBed(String code, BedDto changes) {
        Principal author = security.require(EncounterService.PERMISSION_ADMIN);
        String key = key(code);
        List<FieldError> errors = new ArrayList<>();
        sameCode(key, changes == null ? null : changes.code(), errors);
        Ward ward = database.read(em -> activeWard(em, changes == null ? null : changes.wardCode(), false, errors));
        refuse(errors);
        return update(FacilityUnitKind.BED, key, em -> {
            Bed b = em.find(Bed.class, key);
            if (b == null) {
                throw new FacilityUnitNotFoundException(FacilityUnitKind.BED, key);
            }
            boolean moved = ward != null && !ward.code().equals(b.wardCode());
            boolean deactivated = Boolean.FALSE.equals(changes.active()) && b.active();
            if ((moved || deactivated) && Encounters.bedOccupied(em, key)) {
                throw new BedOccupiedException(key);
            }
            b.change(ward == null ? null : ward.code(), changes.active());
            Ward current = em.find(Ward.class, b.wardCode());
            return b.toDto(current == null ? null : current.departmentCode());
        }, author);
    }

    /** A code of a unit to change as given in a path: it must name something, else 404. */
    private static String key(String code) {
        return ValidEncounter.code(code);
    }

    private static String newCode(String text, int maxLength, List<FieldError> errors) {
        String code = ValidEncounter.code(text);
        if (code == null) {
            errors.add(new FieldError("code", "encounter.error.code.required"));
        } else if (code.length() > maxLength || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "encounter.error.code.format", maxLength));
        }
        return code;
    }

    private static void sameCode(String key, String bodyCode, List<FieldError> errors) {
        String code = ValidEncounter.code(bodyCode);
        if (code != null && !code.equals(key)) {
            errors.add(new FieldError("code", "encounter.error.code.immutable"));
        }
    }

    private static String name(String text, boolean required, List<FieldError> errors) {
        String name = ValidEncounter.collapse(text);
        if (name == null) {
            if (required) {
                errors.add(new FieldError("name", "encounter.error.name.required"));
            }
        } else if (name.length() > NAME_MAX_LENGTH) {
            errors.add(new FieldError("name", "encounter.error.name.tooLong", NAME_MAX_LENGTH));
        }
        return name;
    }

    private static String activeDepartment(EntityManager em, String text, boolean required, List<FieldError> errors) {
        String code = ValidEncounter.code(text);
        if (code == null) {
            if (required) {
                errors.add(new FieldError("departmentCode", "encounter.error.department.required"));
            }
        } else if (!Encounters.departmentActive(em, code)) {
            errors.add(new FieldError("departmentCode", "encounter.error.department.unknown", code));
        }
        return code;
    }

    private static Ward activeWard(EntityManager em, String text, boolean required, List<FieldError> errors) {
        String code = ValidEncounter.code(text);
        if (code == null) {
            if (required) {
                errors.add(new FieldError("wardCode", "encounter.error.ward.required"));
            }
            return null;
        }
        Ward ward = code.length() > CODE_MAX_LENGTH ? null : em.find(Ward.class, code);
        if (ward == null || !ward.active()) {
            errors.add(new FieldError("wardCode", "encounter.error.ward.unknown", code));
            return null;
        }
        return ward;
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
    }

    private <T> T create(FacilityUnitKind kind, String code, Class<?> entity, Function<EntityManager, T> work,
            Principal author) {
        T created;
        try {
            created = database.inTransaction(tx -> {
                if (tx.em().find(entity, code) != null) {
                    throw new DuplicateFacilityUnitException(kind, code);
                }
                T result = work.apply(tx.em());
                tx.em().flush();
                audit.record(AuditAction.ADMINISTER, null, "encounter." + kind.name().toLowerCase(), code, true,
                        "created");
                return result;
            });
        } catch (MekongException e) {
            throw e;
        } catch (RuntimeException e) {
            // two administrators creating one code at once: the primary key stops the second
            if (database.read(em -> em.find(entity, code)) != null) {
                throw new DuplicateFacilityUnitException(kind, code);
            }
            throw e;
        }
        LOG.info("{} {} created by {}", kind, code, author.id());
        return created;
    }

    private <T> T update(FacilityUnitKind kind, String code, Function<EntityManager, T> work, Principal author) {
        if (code == null || code.length() > CODE_MAX_LENGTH) {
            throw new FacilityUnitNotFoundException(kind, code);
        }
        T updated = database.inTransaction(tx -> {
            T result = work.apply(tx.em());
            tx.em().flush();
            audit.record(AuditAction.ADMINISTER, null, "encounter." + kind.name().toLowerCase(), code, true,
                    "changed");
            return result;
        });
        LOG.info("{} {} changed by {}", kind, code, author.id());
        return updated;
    }
}
