package org.mekonghis.encounter.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.mekonghis.encounter.api.AdmissionDraft;
import org.mekonghis.encounter.api.BedCensus;
import org.mekonghis.encounter.api.BedOccupiedException;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.Discharge;
import org.mekonghis.encounter.api.EncounterAlreadyOpenException;
import org.mekonghis.encounter.api.EncounterClosedException;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterStateException;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.FacilityUnitKind;
import org.mekonghis.encounter.api.FacilityUnitNotFoundException;
import org.mekonghis.encounter.api.InpatientService;
import org.mekonghis.encounter.api.InpatientStay;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.encounter.api.NotAdmittedException;
import org.mekonghis.encounter.api.PatientAdmitted;
import org.mekonghis.encounter.api.PatientTransferred;
import org.mekonghis.encounter.api.VoidedPatientException;
import org.mekonghis.encounter.api.WardCensus;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.PatientStatus;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.Transaction;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Inpatient stays: admission, transfer, leave, discharge and the census, in the bundle's database. */
@Component(service = InpatientService.class)
public final class InpatientServiceImpl implements InpatientService {
    private static final Logger LOG = LoggerFactory.getLogger(InpatientServiceImpl.class);
    private static final String RECORD_TYPE = EncounterService.AUDIT_RECORD_TYPE;
    private static final String CENSUS_RECORD_TYPE = "encounter.census";

    private final Database database;
    private final PatientService patients;
    private final SecurityContext security;
    private final AuditLog audit;
    private final Clock clock;
    private final CounterTable counters;

    @Activate
    public InpatientServiceImpl(@Reference EncounterDatabase store, @Reference PatientService patients,
            @Reference SecurityContext security, @Reference AuditLog audit) {
        this(store.database(), patients, security, audit, Clock.systemUTC());
    }

    InpatientServiceImpl(Database database, PatientService patients, SecurityContext security, AuditLog audit,
            Clock clock) {
        this.database = database;
        this.patients = patients;
        this.security = security;
        this.audit = audit;
        this.clock = clock;
        this.counters = new CounterTable(database);
    }

    /** A bed checked to be active, in an active ward of the expected department. */
    record PlacedBed(String departmentCode, String wardCode, String bedCode) {
    }

    @Override
    public EncounterDto admit(AdmissionDraft draft) {
        Principal author = security.require(EncounterService.PERMISSION_INPATIENT);
        Objects.requireNonNull(draft, "draft");
        Instant now = clock.instant();
        LocalDate today = Encounters.day(now);
        List<FieldError> errors = new ArrayList<>();
        String fromId = ValidEncounter.collapse(draft.fromEncounterId());
        if (fromId == null) {
            errors.add(new FieldError("fromEncounterId", "encounter.error.admission.fromRequired"));
        }
        String reason = reason("reason", draft.reason(), errors);
        PlacedBed bed = database.read(em -> placeBed(em, "departmentCode", draft.departmentCode(), "bedCode",
                draft.bedCode(), errors));
        Encounter from = fromId == null ? null : database.read(em -> Encounters.find(em, fromId));
        if (from != null && from.type() == EncounterType.INPATIENT) {
            errors.add(new FieldError("fromEncounterId", "encounter.error.admission.fromInpatient"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        if (from.closed()) {
            throw new EncounterClosedException(from.id(), from.code());
        }
        String patientId = from.patientId();
        if (patients.status(patientId) != PatientStatus.ACTIVE) {
            throw new VoidedPatientException(patientId);
        }
        database.read(em -> {
            refuseAdmitted(em, patientId);
            refuseOccupied(em, bed.bedCode());
            return null;
        });
        String codeCounter = EncounterCodes.counterKey(today.getYear());
        counters.ensure(codeCounter);
        String id = UUID.randomUUID().toString();
        // Recorded before the code counter is locked, as for every opening (see EncounterServiceImpl.open).
        audit.record(AuditAction.CREATE, patientId, RECORD_TYPE, id, true, "admission from " + from.id());
        EncounterDto admitted;
        try {
            admitted = database.inTransaction(tx -> {
                EntityManager em = tx.em();
                // The code counter's lock serialises openings and admissions: the checks below are exact.
                String code = EncounterCodes.format(today.getYear(), counters.next(em, codeCounter));
                Encounter origin = Encounters.find(em, from.id());
                if (origin.closed()) {
                    throw new EncounterClosedException(origin.id(), origin.code());
                }
                refuseAdmitted(em, patientId);
                refuseOccupied(em, bed.bedCode());
                Encounter inpatient = Encounter.admitted(id, code, origin, bed.departmentCode(), bed.wardCode(),
                        bed.bedCode(), reason, author.id(), now);
                em.persist(inpatient);
                // no relationships between the entities: the stay's foreign key needs the encounter written first
                em.flush();
                em.persist(new BedStay(UUID.randomUUID().toString(), id, patientId, bed.departmentCode(),
                        bed.wardCode(), bed.bedCode(), reason, author.id(), now));
                origin.closeAdmitted(id, author.id(), now);
                em.flush();
                tx.publish(Encounters.closed(em, origin));
                tx.publish(Encounters.opened(inpatient, now));
                var c = inpatient.coverage();
                tx.publish(new PatientAdmitted(id, code, patientId, origin.id(), origin.code(), bed.departmentCode(),
                        bed.wardCode(), bed.bedCode(), now, c.type().name(), c.route() == null ? null
                                : c.route().name(), c.cardNumber()));
                audit.record(AuditAction.UPDATE, patientId, RECORD_TYPE, origin.id(), true,
                        "closed: ADMITTED as " + id);
                return Encounters.toDto(em, inpatient);
            });
        } catch (RuntimeException e) {
            RuntimeException reported = e instanceof MekongException ? e : explainConflict(patientId, from,
                    bed.bedCode(), e);
            audit.record(AuditAction.CREATE, patientId, RECORD_TYPE, id, false, "refused: "
                    + (reported instanceof MekongException m ? m.code() : e.getClass().getSimpleName()));
            throw reported;
        }
        LOG.info("patient {} admitted as {} ({}) to {} bed {} from {} by {}", patientId, admitted.id(),
                admitted.code(), admitted.departmentCode(), admitted.bedCode(), from.id(), author.id());
        return admitted;
    }

    /**
     * What a failed commit ran into, once the database's constraints stopped it: the bed taken, the
     * patient admitted, or the origin closed by someone else meanwhile.
     */
    private RuntimeException explainConflict(String patientId, Encounter from, String bedCode, RuntimeException e) {
        return database.read(em -> {
            if (bedCode != null && Encounters.bedOccupied(em, bedCode)) {
                return new BedOccupiedException(bedCode);
            }
            if (patientId != null) {
                Optional<Encounter> open = Encounters.openEncounter(em, patientId, EncounterType.INPATIENT);
                if (open.isPresent()) {
                    return new EncounterAlreadyOpenException(patientId, EncounterType.INPATIENT, open.get().id(),
                            open.get().code());
                }
            }
            if (from != null) {
                Encounter current = em.find(Encounter.class, from.id());
                if (current != null && current.closed()) {
                    return new EncounterClosedException(current.id(), current.code());
                }
            }
            return e;
        });
    }

    private static void refuseAdmitted(EntityManager em, String patientId) {
        Optional<Encounter> open = Encounters.openEncounter(em, patientId, EncounterType.INPATIENT);
        if (open.isPresent()) {
            throw new EncounterAlreadyOpenException(patientId, EncounterType.INPATIENT, open.get().id(),
                    open.get().code());
        }
    }

    private static void refuseOccupied(EntityManager em, String bedCode) {
        if (Encounters.bedOccupied(em, bedCode)) {
            throw new BedOccupiedException(bedCode);
        }
    }

    /**
     * Checks a department and a bed of it, adding refused fields to {@code errors}.
     *
     * @return the placed bed, or null when refused
     */
    static PlacedBed placeBed(EntityManager em, String departmentField, String departmentCode, String bedField,
            String bedCode, List<FieldError> errors) {
        String department = ValidEncounter.code(departmentCode);
        boolean departmentOk = false;
        if (department == null) {
            errors.add(new FieldError(departmentField, "encounter.error.department.required"));
        } else if (!Encounters.departmentActive(em, department)) {
            errors.add(new FieldError(departmentField, "encounter.error.department.unknown", department));
        } else {
            departmentOk = true;
        }
        String code = ValidEncounter.code(bedCode);
        if (code == null) {
            errors.add(new FieldError(bedField, "encounter.error.bed.required"));
            return null;
        }
        Bed bed = code.length() > 20 ? null : em.find(Bed.class, code);
        Ward ward = bed == null ? null : em.find(Ward.class, bed.wardCode());
        if (bed == null || !bed.active() || ward == null || !ward.active()) {
            errors.add(new FieldError(bedField, "encounter.error.bed.unknown", code));
            return null;
        }
        if (departmentOk && !ward.departmentCode().equals(department)) {
            errors.add(new FieldError(bedField, "encounter.error.bed.otherDepartment", code, department));
            return null;
        }
        return departmentOk ? new PlacedBed(department, ward.code(), bed.code()) : null;
    }

    private static String reason(String field, String text, List<FieldError> errors) {
        String reason = ValidEncounter.collapse(text);
        if (reason == null) {
            errors.add(new FieldError(field, "encounter.error.reason.required"));
        } else if (reason.length() > EncounterService.REASON_MAX_LENGTH) {
            errors.add(new FieldError(field, "encounter.error.reason.tooLong", EncounterService.REASON_MAX_LENGTH));
        }
        return reason;
    }

    @Override
    public EncounterDto transfer(String encounterId, String toDepartmentCode, String toBedCode, String reason) {
        Principal author = security.require(EncounterService.PERMISSION_INPATIENT);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        String why = reason("reason", reason, errors);
        PlacedBed bed = database.read(em -> placeBed(em, "toDepartmentCode", toDepartmentCode, "toBedCode", toBedCode,
                errors));
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        EncounterDto moved;
        try {
            moved = changeStay(encounterId, (tx, encounter) -> {
                EntityManager em = tx.em();
                if (encounter.onLeaveUntil() != null) {
                    throw new EncounterStateException(EncounterStateException.Reason.ON_LEAVE, encounter.id(),
                            encounter.code());
                }
                if (bed.bedCode().equals(encounter.bedCode())) {
                    throw new InvalidEncounterException(List.of(new FieldError("toBedCode",
                            "encounter.error.bed.same", bed.bedCode())));
                }
                refuseOccupied(em, bed.bedCode());
                String fromDepartment = encounter.departmentCode();
                String fromWard = encounter.wardCode();
                String fromBed = encounter.bedCode();
                Encounters.currentStay(em, encounter.id()).ifPresent(s -> s.end(author.id(), now));
                // the old stay ends before the new one begins, whatever order the unit of work picks
                em.flush();
                em.persist(new BedStay(UUID.randomUUID().toString(), encounter.id(), encounter.patientId(),
                        bed.departmentCode(), bed.wardCode(), bed.bedCode(), why, author.id(), now));
                encounter.moveTo(bed.departmentCode(), bed.wardCode(), bed.bedCode());
                tx.publish(new PatientTransferred(encounter.id(), encounter.code(), encounter.patientId(),
                        fromDepartment, fromWard, fromBed, bed.departmentCode(), bed.wardCode(), bed.bedCode(), now));
                return "transferred from " + fromBed + " to " + bed.bedCode();
            });
        } catch (MekongException e) {
            throw e;
        } catch (RuntimeException e) {
            throw explainConflict(null, null, bed.bedCode(), e);
        }
        LOG.info("encounter {} transferred to {} bed {} by {}", moved.id(), moved.departmentCode(), moved.bedCode(),
                author.id());
        return moved;
    }

    @Override
    public EncounterDto startLeave(String encounterId, LocalDate until, String reason) {
        Principal author = security.require(EncounterService.PERMISSION_INPATIENT);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (until == null) {
            errors.add(new FieldError("until", "encounter.error.leave.untilRequired"));
        } else if (until.isBefore(Encounters.day(now))) {
            errors.add(new FieldError("until", "encounter.error.leave.untilPast"));
        }
        String why = reason("reason", reason, errors);
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return changeStay(encounterId, (tx, encounter) -> {
            if (encounter.onLeaveUntil() != null) {
                throw new EncounterStateException(EncounterStateException.Reason.ON_LEAVE, encounter.id(),
                        encounter.code());
            }
            tx.em().persist(new Leave(UUID.randomUUID().toString(), encounter.id(), until, why, author.id(), now));
            encounter.leaveUntil(until);
            return "leave until " + until;
        });
    }

    @Override
    public EncounterDto endLeave(String encounterId) {
        Principal author = security.require(EncounterService.PERMISSION_INPATIENT);
        Instant now = clock.instant();
        return changeStay(encounterId, (tx, encounter) -> {
            Optional<Leave> leave = Encounters.openLeave(tx.em(), encounter.id());
            if (leave.isEmpty()) {
                throw new EncounterStateException(EncounterStateException.Reason.NOT_ON_LEAVE, encounter.id(),
                        encounter.code());
            }
            leave.get().end(author.id(), now);
            encounter.leaveUntil(null);
            return "returned from leave";
        });
    }

    @Override
    public EncounterDto discharge(String encounterId, Discharge discharge) {
        Principal author = security.require(EncounterService.PERMISSION_INPATIENT);
        Discharge valid = ValidClosing.of(discharge);
        Instant now = clock.instant();
        EncounterDto discharged = changeStay(encounterId, (tx, encounter) -> {
            EntityManager em = tx.em();
            // a patient who does not come back from leave is discharged from it
            Encounters.openLeave(em, encounter.id()).ifPresent(l -> l.end(author.id(), now));
            Encounters.currentStay(em, encounter.id()).ifPresent(s -> s.end(author.id(), now));
            encounter.discharge(valid, author.id(), now);
            em.flush();
            tx.publish(Encounters.closed(em, encounter));
            return "discharged: " + valid.kind() + ", " + valid.result();
        });
        LOG.info("encounter {} discharged ({}, {}) by {}", discharged.id(), valid.kind(), valid.result(), author.id());
        return discharged;
    }

    @FunctionalInterface
    interface StayChange {
        String apply(Transaction tx, Encounter encounter) throws Exception;
    }

    /**
     * Runs {@code change} on an open inpatient encounter in one transaction with an UPDATE audit
     * entry. A concurrent change of the same encounter is stopped by its version at commit and
     * answered from the state the first change left.
     */
    private EncounterDto changeStay(String encounterId, StayChange change) {
        try {
            return changeStayOnce(encounterId, change);
        } catch (MekongException e) {
            throw e;
        } catch (jakarta.persistence.OptimisticLockException | jakarta.persistence.RollbackException e) {
            LOG.debug("encounter {} changed concurrently; trying again: {}", encounterId, e.toString());
            return changeStayOnce(encounterId, change);
        }
    }

    private EncounterDto changeStayOnce(String encounterId, StayChange change) {
        return database.inTransaction(tx -> {
            Encounter encounter = Encounters.find(tx.em(), encounterId);
            if (encounter.type() != EncounterType.INPATIENT || encounter.closed()) {
                throw new NotAdmittedException(encounter.id(), encounter.code());
            }
            String detail = change.apply(tx, encounter);
            tx.em().flush();
            audit.record(AuditAction.UPDATE, encounter.patientId(), RECORD_TYPE, encounter.id(), true, detail);
            return Encounters.toDto(tx.em(), encounter);
        });
    }

    @Override
    public InpatientStay stay(String encounterId) {
        security.require(EncounterService.PERMISSION_READ);
        LocalDate today = Encounters.day(clock.instant());
        InpatientStay stay = database.read(em -> {
            Encounter encounter = Encounters.find(em, encounterId);
            if (encounter.type() != EncounterType.INPATIENT) {
                throw new NotAdmittedException(encounter.id(), encounter.code());
            }
            EncounterDto dto = Encounters.toDto(em, encounter);
            LocalDate last = dto.closedAt() == null ? today : Encounters.day(dto.closedAt());
            List<Leave> leaves = em.createQuery("SELECT l FROM Leave l WHERE l.encounterId = :e"
                    + " ORDER BY l.startedAt, l.id", Leave.class).setParameter("e", encounter.id()).getResultList();
            return new InpatientStay(dto, Encounters.stays(em, encounter.id()).stream().map(BedStay::toMovement)
                    .toList(), leaves.stream().map(Leave::toLeave).toList(),
                    InpatientService.daysOfStay(Encounters.day(dto.openedAt()), last));
        });
        audit.record(AuditAction.READ, stay.encounter().patientId(), RECORD_TYPE, stay.encounter().id(), true,
                "inpatient stay");
        return stay;
    }

    @Override
    public WardCensus census(String departmentCode) {
        security.require(EncounterService.PERMISSION_READ);
        LocalDate today = Encounters.day(clock.instant());
        WardCensus census = database.read(em -> {
            String department = ValidEncounter.code(departmentCode);
            if (department == null || department.length() > DepartmentService.DEPARTMENT_CODE_MAX_LENGTH
                    || em.find(Department.class, department) == null) {
                throw new FacilityUnitNotFoundException(FacilityUnitKind.DEPARTMENT, department);
            }
            List<Ward> wards = em.createQuery("SELECT w FROM Ward w WHERE w.departmentCode = :d", Ward.class)
                    .setParameter("d", department).getResultList();
            Map<String, Ward> wardByCode = new HashMap<>();
            wards.forEach(w -> wardByCode.put(w.code(), w));
            List<Bed> beds = wardByCode.isEmpty() ? List.of() : em.createQuery(
                    "SELECT b FROM Bed b WHERE b.wardCode IN :w", Bed.class)
                    .setParameter("w", List.copyOf(wardByCode.keySet())).getResultList();
            Map<String, Encounter> holders = new HashMap<>();
            if (!beds.isEmpty()) {
                List<Object[]> rows = em.createQuery("SELECT s.occupiedBed, e FROM BedStay s, Encounter e"
                        + " WHERE s.encounterId = e.id AND s.occupiedBed IN :b", Object[].class)
                        .setParameter("b", beds.stream().map(Bed::code).toList()).getResultList();
                rows.forEach(r -> holders.put((String) r[0], (Encounter) r[1]));
            }
            List<BedCensus> list = new ArrayList<>();
            int occupied = 0;
            for (Bed bed : beds) {
                Ward ward = wardByCode.get(bed.wardCode());
                Encounter holder = holders.get(bed.code());
                if (holder == null && (!bed.active() || !ward.active())) {
                    continue;
                }
                if (holder == null) {
                    list.add(new BedCensus(bed.code(), bed.wardCode(), false, null, null, null, 0, false));
                } else {
                    occupied++;
                    list.add(new BedCensus(bed.code(), bed.wardCode(), true, holder.id(), holder.patientId(),
                            holder.openedAt(), InpatientService.daysOfStay(Encounters.day(holder.openedAt()),
                                    today), holder.onLeaveUntil() != null));
                }
            }
            list.sort(Comparator.comparing(BedCensus::wardCode).thenComparing(BedCensus::bedCode));
            return new WardCensus(department, list, occupied, list.size() - occupied);
        });
        audit.record(AuditAction.READ, null, CENSUS_RECORD_TYPE, census.departmentCode(), true,
                "census: " + census.occupied() + " occupied beds");
        return census;
    }
}
