package org.mekonghis.encounter.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.EncounterAlreadyOpenException;
import org.mekonghis.encounter.api.EncounterClosed;
import org.mekonghis.encounter.api.EncounterClosedException;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterNotFoundException;
import org.mekonghis.encounter.api.EncounterOpened;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.encounter.api.VoidedPatientException;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.PatientStatus;
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

/** Encounters on the bundle's own tables; patients are checked through the patient registry. */
@Component(service = EncounterService.class)
public final class EncounterServiceImpl implements EncounterService {
    private static final Logger LOG = LoggerFactory.getLogger(EncounterServiceImpl.class);
    static final String RECORD_TYPE = "encounter";
    /** Queue days and code years are those of the facility. */
    static final ZoneId FACILITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Database database;
    private final PatientService patients;
    private final SecurityContext security;
    private final AuditLog audit;
    private final Clock clock;
    private final CounterTable counters;

    @Activate
    public EncounterServiceImpl(@Reference EncounterDatabase store, @Reference PatientService patients,
            @Reference SecurityContext security, @Reference AuditLog audit) {
        this(store.database(), patients, security, audit, Clock.systemUTC());
    }

    EncounterServiceImpl(Database database, PatientService patients, SecurityContext security, AuditLog audit,
            Clock clock) {
        this.database = database;
        this.patients = patients;
        this.security = security;
        this.audit = audit;
        this.clock = clock;
        this.counters = new CounterTable(database);
    }

    @Override
    public List<DepartmentDto> departments() {
        security.require(PERMISSION_READ);
        return database.read(em -> em.createQuery(
                "SELECT d FROM Department d WHERE d.active = :active ORDER BY d.sortOrder, d.code", Department.class)
                .setParameter("active", true).getResultList().stream().map(Department::toDto).toList());
    }

    @Override
    public EncounterDto open(EncounterDraft draft) {
        Principal author = security.require(PERMISSION_OPEN);
        Objects.requireNonNull(draft, "draft");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, FACILITY_ZONE);
        ValidEncounter values = database.read(em -> ValidEncounter.of(draft, code -> departmentActive(em, code)));
        // Only existence and voiding are needed: the registry's status check records no READ of
        // the patient's record.
        if (patients.status(values.patientId()) == PatientStatus.VOIDED) {
            throw new VoidedPatientException(values.patientId());
        }
        // Checked here too so the usual refusal costs no audit entry; the check under the counter
        // lock below is the one that holds against a second desk checking the patient in at once.
        database.read(em -> {
            refuseSecondOpen(em, values);
            return null;
        });
        String codeCounter = EncounterCodes.counterKey(today.getYear());
        counters.ensure(codeCounter);
        String queueCounter = values.type() == EncounterType.OUTPATIENT
                ? QueueNumbers.counterKey(values.departmentCode(), today) : null;
        if (queueCounter != null) {
            counters.ensure(queueCounter);
        }
        String id = UUID.randomUUID().toString();
        // The audit log writes on a connection of its own. Recording before the counters are
        // locked means a lock holder never waits for a second connection while other check-ins,
        // each holding one, wait for its lock: no pool exhaustion.
        audit.record(AuditAction.CREATE, values.patientId(), RECORD_TYPE, id);
        EncounterDto opened;
        try {
            opened = database.inTransaction(tx -> {
                EntityManager em = tx.em();
                // Always the code counter first, then the queue counter: one lock order, no deadlock.
                // The code counter's lock serialises every opening, which makes the check below exact.
                String code = EncounterCodes.format(today.getYear(), counters.next(em, codeCounter));
                refuseSecondOpen(em, values);
                Integer queueNumber = queueCounter == null ? null
                        : QueueNumbers.toQueueNumber(counters.next(em, queueCounter));
                Encounter encounter = new Encounter(id, code, values, queueNumber,
                        queueNumber == null ? null : today, author.id(), now);
                em.persist(encounter);
                tx.publish(new EncounterOpened(id, code, values.patientId(), values.type().name(),
                        values.departmentCode(), queueNumber, now));
                return encounter.toDto();
            });
        } catch (RuntimeException e) {
            RuntimeException reported = e;
            if (!(e instanceof MekongException)) {
                // The unique open slot stops a second open encounter at commit should the lock
                // ever be bypassed; answer it like the checked case.
                Optional<Encounter> open = database.read(em -> openEncounter(em, values));
                if (open.isPresent()) {
                    reported = alreadyOpen(values, open.get());
                }
            }
            audit.record(AuditAction.CREATE, values.patientId(), RECORD_TYPE, id, false,
                    "refused: " + (reported instanceof MekongException m ? m.code() : e.getClass().getSimpleName()));
            throw reported;
        }
        LOG.info("encounter {} opened as {} ({} in {}, queue {}) for patient {} by {}", opened.id(), opened.code(),
                opened.type(), opened.departmentCode(), opened.queueNumber(), opened.patientId(), author.id());
        return opened;
    }

    @Override
    public EncounterDto get(String encounterId) {
        security.require(PERMISSION_READ);
        EncounterDto encounter = database.read(em -> find(em, encounterId).toDto());
        audit.record(AuditAction.READ, encounter.patientId(), RECORD_TYPE, encounter.id());
        return encounter;
    }

    @Override
    public List<EncounterDto> listByPatient(String patientId) {
        security.require(PERMISSION_READ);
        String id = ValidEncounter.collapse(patientId);
        if (id == null) {
            throw new InvalidEncounterException(List.of(new FieldError("patientId",
                    "encounter.error.patientId.required")));
        }
        List<EncounterDto> found = database.read(em -> em.createQuery(
                "SELECT e FROM Encounter e WHERE e.patientId = :p ORDER BY e.openedAt DESC, e.code DESC",
                Encounter.class).setParameter("p", id).getResultList().stream().map(Encounter::toDto).toList());
        if (!found.isEmpty()) {
            audit.record(AuditAction.READ, id, RECORD_TYPE, null, true, "list of " + found.size());
        }
        return found;
    }

    @Override
    public EncounterDto close(String encounterId, EncounterOutcome outcome) {
        Principal author = security.require(PERMISSION_CLOSE);
        if (outcome == null) {
            throw new InvalidEncounterException(List.of(new FieldError("outcome", "encounter.error.outcome.required")));
        }
        Instant now = clock.instant();
        EncounterDto closed;
        try {
            closed = database.inTransaction(tx -> {
                Encounter encounter = find(tx.em(), encounterId);
                if (encounter.closed()) {
                    throw new EncounterClosedException(encounter.id(), encounter.code());
                }
                encounter.close(outcome, author.id(), now);
                EncounterDto dto = encounter.toDto();
                tx.publish(new EncounterClosed(dto.id(), dto.code(), dto.patientId(), dto.type().name(),
                        dto.departmentCode(), outcome.name(), dto.openedAt(), now));
                audit.record(AuditAction.UPDATE, dto.patientId(), RECORD_TYPE, dto.id(), true, "closed: " + outcome);
                return dto;
            });
        } catch (MekongException e) {
            throw e;
        } catch (RuntimeException e) {
            // Two users closing the same encounter at once: the version check stops the second at
            // commit; answer it like the checked case.
            Encounter current = database.read(em -> em.find(Encounter.class, encounterId));
            if (current != null && current.closed()) {
                throw new EncounterClosedException(current.id(), current.code());
            }
            throw e;
        }
        LOG.info("encounter {} closed with {} by {}", closed.id(), outcome, author.id());
        return closed;
    }

    private static Encounter find(EntityManager em, String encounterId) {
        Encounter encounter = encounterId == null || encounterId.length() > 36 ? null
                : em.find(Encounter.class, encounterId);
        if (encounter == null) {
            throw new EncounterNotFoundException(encounterId);
        }
        return encounter;
    }

    private static boolean departmentActive(EntityManager em, String code) {
        Department department = em.find(Department.class, code);
        return department != null && department.active();
    }

    private static void refuseSecondOpen(EntityManager em, ValidEncounter values) {
        Optional<Encounter> open = openEncounter(em, values);
        if (open.isPresent()) {
            throw alreadyOpen(values, open.get());
        }
    }

    private static Optional<Encounter> openEncounter(EntityManager em, ValidEncounter values) {
        return em.createQuery("SELECT e FROM Encounter e WHERE e.openSlot = :slot", Encounter.class)
                .setParameter("slot", Encounter.openSlot(values.patientId(), values.type()))
                .getResultList().stream().findFirst();
    }

    private static EncounterAlreadyOpenException alreadyOpen(ValidEncounter values, Encounter open) {
        return new EncounterAlreadyOpenException(values.patientId(), values.type(), open.id(), open.code());
    }
}
