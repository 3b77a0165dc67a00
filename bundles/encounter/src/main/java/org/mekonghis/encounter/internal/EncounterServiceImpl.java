package org.mekonghis.encounter.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.mekonghis.encounter.api.Closing;
import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.Diagnosis;
import org.mekonghis.encounter.api.EncounterAlreadyOpenException;
import org.mekonghis.encounter.api.EncounterClosedException;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterStateException;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.FacilityUnitKind;
import org.mekonghis.encounter.api.FacilityUnitNotFoundException;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.encounter.api.QueueEntry;
import org.mekonghis.encounter.api.QueueStatus;
import org.mekonghis.encounter.api.VoidedPatientException;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.PatientStatus;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.patient.api.UnidentifiedPatientDraft;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.terminology.api.Icd10Code;
import org.mekonghis.terminology.api.Icd10Service;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Outpatient and emergency encounters, room queues and diagnoses in the bundle's database. */
@Component(service = EncounterService.class)
public final class EncounterServiceImpl implements EncounterService {
    private static final Logger LOG = LoggerFactory.getLogger(EncounterServiceImpl.class);
    static final String RECORD_TYPE = AUDIT_RECORD_TYPE;
    /** How cards' dates appear in messages: the way they are printed on the card. */
    static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Enough for any realistic race of doctors calling in one room. */
    private static final int CALL_ATTEMPTS = 20;

    private final Database database;
    private final PatientService patients;
    private final Icd10Service icd10;
    private final SecurityContext security;
    private final AuditLog audit;
    private final Clock clock;
    private final CounterTable counters;

    @Activate
    public EncounterServiceImpl(@Reference EncounterDatabase store, @Reference PatientService patients,
            @Reference Icd10Service icd10, @Reference SecurityContext security, @Reference AuditLog audit) {
        this(store.database(), patients, icd10, security, audit, Clock.systemUTC());
    }

    EncounterServiceImpl(Database database, PatientService patients, Icd10Service icd10, SecurityContext security,
            AuditLog audit, Clock clock) {
        this.database = database;
        this.patients = patients;
        this.icd10 = icd10;
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
        LocalDate today = Encounters.day(now);
        ValidEncounter values = database.read(em -> ValidEncounter.of(draft, Encounters.layout(em)));
        // Only existence and voiding are needed for a self-paid visit: the registry's status check
        // records no READ of the patient's record. An insured visit reads the card, which is audited.
        PatientStatus status = patients.status(values.patientId());
        if (status != PatientStatus.ACTIVE) {
            throw new VoidedPatientException(values.patientId());
        }
        Coverage coverage = values.coverage().type() == CoverageType.INSURANCE
                ? withCard(values, patients.get(values.patientId()), today) : values.coverage();
        // Checked here too so the usual refusal costs no audit entry; the check under the counter
        // lock below is the one that holds against a second desk checking the patient in at once.
        database.read(em -> {
            refuseSecondOpen(em, values.patientId(), values.type());
            return null;
        });
        String codeCounter = EncounterCodes.counterKey(today.getYear());
        counters.ensure(codeCounter);
        String queueCounter = values.type() == EncounterType.OUTPATIENT
                ? QueueNumbers.counterKey(values.roomCode(), today) : null;
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
                refuseSecondOpen(em, values.patientId(), values.type());
                Integer queueNumber = queueCounter == null ? null
                        : QueueNumbers.toQueueNumber(counters.next(em, queueCounter));
                Encounter encounter = new Encounter(id, code, values, coverage, queueNumber,
                        queueNumber == null ? null : today, author.id(), now);
                em.persist(encounter);
                tx.publish(Encounters.opened(encounter, now));
                return encounter.toDto(List.of());
            });
        } catch (RuntimeException e) {
            RuntimeException reported = e;
            if (!(e instanceof MekongException)) {
                // The unique open slot stops a second open encounter at commit should the lock
                // ever be bypassed; answer it like the checked case.
                Optional<Encounter> open = database.read(em -> Encounters.openEncounter(em, values.patientId(),
                        values.type()));
                if (open.isPresent()) {
                    reported = new EncounterAlreadyOpenException(values.patientId(), values.type(), open.get().id(),
                            open.get().code());
                }
            }
            audit.record(AuditAction.CREATE, values.patientId(), RECORD_TYPE, id, false,
                    "refused: " + (reported instanceof MekongException m ? m.code() : e.getClass().getSimpleName()));
            throw reported;
        }
        LOG.info("encounter {} opened as {} ({} in {} room {}, queue {}, {}) for patient {} by {}", opened.id(),
                opened.code(), opened.type(), opened.departmentCode(), opened.roomCode(), opened.queueNumber(),
                opened.coverage().type(), opened.patientId(), author.id());
        return opened;
    }

    /**
     * The requested insured coverage with the card of the patient's record, which must be valid on
     * {@code today}.
     */
    static Coverage withCard(ValidEncounter values, PatientDto patient, LocalDate today) {
        InsuranceCard card = patient.insuranceCard();
        List<FieldError> errors = new ArrayList<>();
        if (card == null || card.number() == null) {
            errors.add(new FieldError("coverage.cardNumber", "encounter.error.coverage.card.missing"));
        } else {
            if (values.requestedCardNumber() != null && !values.requestedCardNumber().equals(card.number())) {
                errors.add(new FieldError("coverage.cardNumber", "encounter.error.coverage.card.mismatch"));
            }
            if (card.validTo() != null && card.validTo().isBefore(today)) {
                errors.add(new FieldError("coverage.cardValidTo", "encounter.error.coverage.card.expired",
                        CARD_DATE.format(card.validTo())));
            }
            if (card.validFrom() != null && card.validFrom().isAfter(today)) {
                errors.add(new FieldError("coverage.cardValidFrom", "encounter.error.coverage.card.notYetValid",
                        CARD_DATE.format(card.validFrom())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        Coverage c = values.coverage();
        return new Coverage(CoverageType.INSURANCE, c.route(), c.referralNumber(), c.referralFromFacilityCode(),
                card.number(), card.validFrom(), card.validTo(), card.facilityCode(), card.fiveYearsContinuousFrom());
    }

    @Override
    public EncounterDto openEmergencyUnidentified(Sex sex, Integer approximateAge, String description,
            String departmentCode) {
        security.require(PERMISSION_OPEN);
        // Everything this module can check is checked before the patient is registered, so a
        // refused request leaves no patient record behind.
        EncounterDraft draft = new EncounterDraft("-", EncounterType.EMERGENCY, departmentCode, null, description,
                null);
        List<FieldError> errors = new ArrayList<>();
        try {
            database.read(em -> ValidEncounter.of(draft, Encounters.layout(em)));
        } catch (InvalidEncounterException e) {
            errors.addAll(e.errors().stream().map(f -> f.field().equals("reason")
                    ? new FieldError("description", f.messageKey().replace(".reason.", ".description."),
                            f.arguments())
                    : f).toList());
        }
        if (approximateAge != null && (approximateAge < 0 || approximateAge > PatientService.APPROXIMATE_AGE_MAX)) {
            errors.add(new FieldError("approximateAge", "encounter.error.approximateAge.range",
                    PatientService.APPROXIMATE_AGE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        PatientDto patient = patients.registerUnidentified(new UnidentifiedPatientDraft(sex == null ? Sex.UNKNOWN
                : sex, approximateAge, ValidEncounter.collapse(description)));
        try {
            return open(new EncounterDraft(patient.id(), EncounterType.EMERGENCY, departmentCode, null, description,
                    null));
        } catch (RuntimeException e) {
            // Accepted and documented: the patient record stays, findable as unidentified.
            LOG.warn("unidentified patient {} registered but the emergency encounter was refused: {}", patient.id(),
                    e.getMessage());
            throw e;
        }
    }

    @Override
    public EncounterDto get(String encounterId) {
        security.require(PERMISSION_READ);
        EncounterDto encounter = database.read(em -> Encounters.toDto(em, Encounters.find(em, encounterId)));
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
                Encounter.class).setParameter("p", id).getResultList().stream()
                .map(e -> Encounters.toDto(em, e)).toList());
        if (!found.isEmpty()) {
            audit.record(AuditAction.READ, id, RECORD_TYPE, null, true, "list of " + found.size());
        }
        return found;
    }

    @Override
    public EncounterDto close(String encounterId, Closing closing) {
        Principal author = security.require(PERMISSION_CLOSE);
        Closing valid = ValidClosing.of(closing);
        Instant now = clock.instant();
        EncounterDto closed = update(encounterId, (tx, encounter) -> {
            if (encounter.type() == EncounterType.INPATIENT) {
                throw new EncounterStateException(EncounterStateException.Reason.DISCHARGE_REQUIRED, encounter.id(),
                        encounter.code());
            }
            encounter.close(valid, author.id(), now);
            tx.em().flush();
            tx.publish(Encounters.closed(tx.em(), encounter));
            return "closed: " + valid.outcome();
        });
        LOG.info("encounter {} closed with {} by {}", closed.id(), valid.outcome(), author.id());
        return closed;
    }

    @Override
    public EncounterDto setDiagnoses(String encounterId, String primaryCode, List<String> secondaryCodes) {
        Principal author = security.require(PERMISSION_DIAGNOSE);
        List<Diagnosis> diagnoses = lookUp(primaryCode, secondaryCodes == null ? List.of() : secondaryCodes);
        Instant now = clock.instant();
        return update(encounterId, (tx, encounter) -> {
            EntityManager em = tx.em();
            for (EncounterDiagnosis old : Encounters.currentDiagnoses(em, encounter.id())) {
                old.replace(author.id(), now);
            }
            // the replaced rows are written before the new ones, whatever order the unit of work picks
            em.flush();
            for (int i = 0; i < diagnoses.size(); i++) {
                em.persist(new EncounterDiagnosis(UUID.randomUUID().toString(), encounter.id(), i, diagnoses.get(i),
                        author.id(), now));
            }
            return "diagnoses: " + diagnoses.stream().map(Diagnosis::code).toList();
        });
    }

    /**
     * The catalog entries of the codes, main first, after checking them all.
     *
     * @throws InvalidEncounterException naming every missing, malformed, unknown, non-billable or
     *                                   repeated code, or too many comorbidities
     */
    private List<Diagnosis> lookUp(String primaryCode, List<String> secondaryCodes) {
        List<FieldError> errors = new ArrayList<>();
        List<Diagnosis> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (primaryCode == null || primaryCode.isBlank()) {
            errors.add(new FieldError("primaryCode", "encounter.error.diagnosis.primaryRequired"));
        } else {
            lookUp("primaryCode", primaryCode, seen, found, errors);
        }
        if (secondaryCodes.size() > SECONDARY_DIAGNOSES_MAX) {
            errors.add(new FieldError("secondaryCodes", "encounter.error.diagnosis.tooMany",
                    SECONDARY_DIAGNOSES_MAX));
        } else {
            for (int i = 0; i < secondaryCodes.size(); i++) {
                String field = "secondaryCodes[" + i + "]";
                String code = secondaryCodes.get(i);
                if (code == null || code.isBlank()) {
                    errors.add(new FieldError(field, "encounter.error.diagnosis.blank"));
                } else {
                    lookUp(field, code, seen, found, errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return found;
    }

    private void lookUp(String field, String typed, Set<String> seen, List<Diagnosis> found, List<FieldError> errors) {
        String shown = typed.strip();
        if (shown.length() > 20) {
            shown = shown.substring(0, 20);
        }
        Optional<String> normalized = Icd10Code.normalize(typed);
        if (normalized.isEmpty()) {
            errors.add(new FieldError(field, "encounter.error.diagnosis.format", shown));
            return;
        }
        String code = normalized.get();
        if (!seen.add(code)) {
            errors.add(new FieldError(field, "encounter.error.diagnosis.duplicate", code));
            return;
        }
        Optional<Icd10Code> entry = findCode(code);
        if (entry.isEmpty()) {
            errors.add(new FieldError(field, "encounter.error.diagnosis.unknown", code));
        } else if (!entry.get().billable()) {
            errors.add(new FieldError(field, "encounter.error.diagnosis.notBillable", code));
        } else {
            Icd10Code c = entry.get();
            found.add(new Diagnosis(c.code(), c.nameVi(), c.nameEn()));
        }
    }

    /**
     * Looks a code up in the ICD-10 catalog on the system's behalf: the catalog holds no patient
     * data, and a doctor allowed to diagnose must not also need the catalog's own read permission.
     */
    private Optional<Icd10Code> findCode(String code) {
        try {
            return security.runAs(Principal.SYSTEM, security.client().orElse(ClientInfo.LOCAL), () -> icd10.find(code));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<QueueEntry> roomQueue(String roomCode, LocalDate day) {
        security.require(PERMISSION_READ);
        LocalDate queueDay = day == null ? Encounters.day(clock.instant()) : day;
        return database.read(em -> {
            String room = existingRoom(em, roomCode);
            return em.createQuery("SELECT e FROM Encounter e WHERE e.roomCode = :r AND e.queueDate = :d"
                    + " AND e.queueNumber IS NOT NULL ORDER BY e.queueNumber", Encounter.class)
                    .setParameter("r", room).setParameter("d", queueDay).getResultList().stream()
                    .map(e -> {
                        EncounterDto d = e.toDto(List.of());
                        return new QueueEntry(d.id(), d.code(), d.patientId(), d.roomCode(), d.queueDate(),
                                d.queueNumber(), d.queueStatus(), d.coverage().type(), d.openedAt(), d.calledAt(),
                                d.consultationFinishedAt(), !e.closed());
                    }).toList();
        });
    }

    @Override
    public long queueRevision(String roomCode, LocalDate day) {
        security.require(PERMISSION_READ);
        LocalDate queueDay = day == null ? Encounters.day(clock.instant()) : day;
        return database.read(em -> {
            String room = existingRoom(em, roomCode);
            // Every change of an encounter raises its version by one, and a check-in adds a row:
            // the sum of both grows with every change of the queue.
            Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(version) FROM enc_encounter"
                    + " WHERE room_code = ?1 AND queue_date = ?2").setParameter(1, room).setParameter(2, queueDay)
                    .getSingleResult();
            return number(row[0]) + number(row[1]);
        });
    }

    private static long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    private static String existingRoom(EntityManager em, String roomCode) {
        String code = ValidEncounter.code(roomCode);
        if (code == null || code.length() > 20 || em.find(Room.class, code) == null) {
            throw new FacilityUnitNotFoundException(FacilityUnitKind.ROOM, code);
        }
        return code;
    }

    @Override
    public Optional<EncounterDto> callNext(String roomCode) {
        Principal author = security.require(PERMISSION_QUEUE);
        Instant now = clock.instant();
        LocalDate today = Encounters.day(now);
        String room = database.read(em -> existingRoom(em, roomCode));
        Optional<EncounterDto> called = database.inTransaction(tx -> {
            EntityManager em = tx.em();
            for (int attempt = 0; attempt < CALL_ATTEMPTS; attempt++) {
                List<String> next = em.createQuery("SELECT e.id FROM Encounter e WHERE e.roomCode = :r"
                        + " AND e.queueDate = :d AND e.queueStatus = :w AND e.status = :o ORDER BY e.queueNumber",
                        String.class).setParameter("r", room).setParameter("d", today)
                        .setParameter("w", QueueStatus.WAITING)
                        .setParameter("o", org.mekonghis.encounter.api.EncounterStatus.OPEN).setMaxResults(1)
                        .getResultList();
                if (next.isEmpty()) {
                    return Optional.<EncounterDto>empty();
                }
                // A conditional update: of two doctors calling at once, the second waits for the
                // first's row lock and then finds the patient no longer waiting, and tries the next.
                int taken = em.createNativeQuery("UPDATE enc_encounter SET queue_status = ?1, called_at = ?2,"
                        + " version = version + 1 WHERE id = ?3 AND queue_status = ?4 AND status = ?5")
                        .setParameter(1, QueueStatus.IN_PROGRESS.name()).setParameter(2, Encounter.utc(now))
                        .setParameter(3, next.get(0)).setParameter(4, QueueStatus.WAITING.name())
                        .setParameter(5, org.mekonghis.encounter.api.EncounterStatus.OPEN.name()).executeUpdate();
                if (taken == 1) {
                    Encounter encounter = em.find(Encounter.class, next.get(0));
                    em.refresh(encounter);
                    audit.record(AuditAction.UPDATE, encounter.patientId(), RECORD_TYPE, encounter.id(), true,
                            "called in room " + room);
                    return Optional.of(Encounters.toDto(em, encounter));
                }
            }
            throw new IllegalStateException("ENC-0101: no waiting patient of room " + room + " could be called after "
                    + CALL_ATTEMPTS + " attempts");
        });
        called.ifPresent(e -> LOG.info("encounter {} (queue {}) called in room {} by {}", e.id(), e.queueNumber(),
                room, author.id()));
        return called;
    }

    @Override
    public EncounterDto startConsultation(String encounterId) {
        Principal author = security.require(PERMISSION_QUEUE);
        Instant now = clock.instant();
        return update(encounterId, (tx, encounter) -> {
            requireQueueStatus(encounter, QueueStatus.WAITING, EncounterStateException.Reason.NOT_WAITING);
            encounter.call(now);
            return "consultation started by " + author.id();
        });
    }

    @Override
    public EncounterDto finishConsultation(String encounterId) {
        Principal author = security.require(PERMISSION_QUEUE);
        Instant now = clock.instant();
        return update(encounterId, (tx, encounter) -> {
            requireQueueStatus(encounter, QueueStatus.IN_PROGRESS, EncounterStateException.Reason.NOT_IN_PROGRESS);
            encounter.finishConsultation(now);
            return "consultation finished by " + author.id();
        });
    }

    private static void requireQueueStatus(Encounter encounter, QueueStatus expected,
            EncounterStateException.Reason otherwise) {
        if (encounter.queueStatus() == null) {
            throw new EncounterStateException(EncounterStateException.Reason.NOT_QUEUED, encounter.id(),
                    encounter.code());
        }
        if (encounter.queueStatus() != expected) {
            throw new EncounterStateException(otherwise, encounter.id(), encounter.code());
        }
    }

    /** A change of an open encounter: returns the audit detail. */
    @FunctionalInterface
    interface Change {
        String apply(org.mekonghis.platform.api.persistence.Transaction tx, Encounter encounter) throws Exception;
    }

    /**
     * Runs {@code change} on the open encounter in one transaction with an UPDATE audit entry.
     * Two users changing one encounter at once: the version check stops the second at commit; it
     * is tried once more on the state the first left, which answers it (e.g. 409 for a consultation
     * already started) or applies it after the first.
     */
    private EncounterDto update(String encounterId, Change change) {
        try {
            return updateOnce(encounterId, change);
        } catch (MekongException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.debug("encounter {} changed concurrently; trying again: {}", encounterId, e.toString());
            return updateOnce(encounterId, change);
        }
    }

    private EncounterDto updateOnce(String encounterId, Change change) {
        return database.inTransaction(tx -> {
            Encounter encounter = Encounters.find(tx.em(), encounterId);
            if (encounter.closed()) {
                throw new EncounterClosedException(encounter.id(), encounter.code());
            }
            String detail = change.apply(tx, encounter);
            tx.em().flush();
            audit.record(AuditAction.UPDATE, encounter.patientId(), RECORD_TYPE, encounter.id(), true, detail);
            return Encounters.toDto(tx.em(), encounter);
        });
    }

    private static void refuseSecondOpen(EntityManager em, String patientId, EncounterType type) {
        Optional<Encounter> open = Encounters.openEncounter(em, patientId, type);
        if (open.isPresent()) {
            throw new EncounterAlreadyOpenException(patientId, type, open.get().id(), open.get().code());
        }
    }
}
