package org.mekonghis.patient.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.mekonghis.patient.api.DuplicatePatientException;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientFieldChange;
import org.mekonghis.patient.api.PatientNotFoundException;
import org.mekonghis.patient.api.PatientPage;
import org.mekonghis.patient.api.PatientRegistered;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.PatientStatus;
import org.mekonghis.patient.api.PatientUpdated;
import org.mekonghis.patient.api.PatientVoided;
import org.mekonghis.patient.api.PatientVoidedException;
import org.mekonghis.patient.api.Sex;
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

/** The patient registry on the bundle's own tables. */
@Component(service = PatientService.class)
public final class PatientServiceImpl implements PatientService {
    private static final Logger LOG = LoggerFactory.getLogger(PatientServiceImpl.class);
    static final String RECORD_TYPE = "patient";
    /** Dates of birth and code years are those of the facility. */
    static final ZoneId FACILITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** More words than a name has add nothing to a search but cost a join each. */
    static final int MAX_SEARCH_WORDS = 6;
    private static final Pattern CCCD_QUERY = Pattern.compile("\\d{12}");
    private static final Pattern PHONE_QUERY = Pattern.compile("0\\d{9}");
    private static final Pattern CARD_QUERY = Pattern.compile("[A-Z]{2}\\d{13}");

    private final Database database;
    private final SecurityContext security;
    private final AuditLog audit;
    private final Clock clock;
    private final PatientCodes codes;

    @Activate
    public PatientServiceImpl(@Reference PatientDatabase store, @Reference SecurityContext security,
            @Reference AuditLog audit) {
        this(store.database(), security, audit, Clock.systemUTC());
    }

    PatientServiceImpl(Database database, SecurityContext security, AuditLog audit, Clock clock) {
        this.database = database;
        this.security = security;
        this.audit = audit;
        this.clock = clock;
        this.codes = new PatientCodes(database);
    }

    @Override
    public PatientDto register(PatientDraft draft) {
        Principal author = security.require(PERMISSION_REGISTER);
        Objects.requireNonNull(draft, "draft");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, FACILITY_ZONE);
        ValidPatient values = database.read(em -> ValidPatient.of(draft, today, code -> provinceExists(em, code)));
        codes.ensureCounter(today.getYear());
        try {
            PatientDto registered = database.inTransaction(tx -> {
                EntityManager em = tx.em();
                refuseDuplicates(em, values, null);
                String id = UUID.randomUUID().toString();
                // The audit log writes on a connection of its own. Recording before the counter is
                // locked means the lock holder never waits for a second connection while other
                // registrations, each holding one, wait for its lock: no pool exhaustion.
                audit.record(AuditAction.CREATE, id, RECORD_TYPE, id);
                Patient patient = new Patient(id, codes.next(em, today.getYear()), values, author.id(), now);
                em.persist(patient);
                writeTokens(em, patient);
                tx.publish(new PatientRegistered(id, patient.code(), now));
                return patient.toDto();
            });
            LOG.info("patient {} registered as {} by {}", registered.id(), registered.code(), author.id());
            return registered;
        } catch (RuntimeException e) {
            // Two desks registering the same citizen id at once: the unique constraint stops the
            // second at commit; answer it like the checked case.
            database.read(em -> {
                refuseDuplicates(em, values, null);
                return null;
            });
            throw e;
        }
    }

    @Override
    public PatientDto get(String patientId) {
        security.require(PERMISSION_READ);
        PatientDto patient = database.read(em -> find(em, patientId).toDto());
        audit.record(AuditAction.READ, patient.id(), RECORD_TYPE, patient.id());
        return patient;
    }

    @Override
    public PatientStatus status(String patientId) {
        security.require(PERMISSION_READ);
        // Only whether the record exists and is voided leaves the registry: no READ audit entry.
        return database.read(em -> {
            List<Boolean> voided = patientId == null ? List.of() : em.createQuery(
                    "SELECT p.voided FROM Patient p WHERE p.id = :id", Boolean.class)
                    .setParameter("id", patientId).getResultList();
            if (voided.isEmpty()) {
                throw new PatientNotFoundException(patientId);
            }
            return voided.get(0) ? PatientStatus.VOIDED : PatientStatus.ACTIVE;
        });
    }

    @Override
    public PatientPage search(String query, Integer birthYear, Sex sex, boolean includeVoided, int page, int size) {
        security.require(PERMISSION_READ);
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "patient.error.page"));
        }
        if (size < 1 || size > PAGE_SIZE_MAX) {
            errors.add(new FieldError("size", "patient.error.size", PAGE_SIZE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPatientException(errors);
        }
        SearchQuery search = SearchQuery.of(query, birthYear, sex, includeVoided);
        return database.read(em -> {
            TypedQuery<Patient> items = em.createQuery("SELECT p FROM Patient p" + search.where()
                    + " ORDER BY p.searchName, p.code", Patient.class);
            TypedQuery<Long> total = em.createQuery("SELECT COUNT(p) FROM Patient p" + search.where(), Long.class);
            search.parameters().forEach((name, value) -> {
                items.setParameter(name, value);
                total.setParameter(name, value);
            });
            List<PatientDto> found = items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                    .map(Patient::toDto).toList();
            return new PatientPage(found, total.getSingleResult());
        });
    }

    @Override
    public PatientDto update(String patientId, PatientDraft changes) {
        Principal author = security.require(PERMISSION_UPDATE);
        Objects.requireNonNull(changes, "changes");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, FACILITY_ZONE);
        ValidPatient values = database.read(em -> ValidPatient.of(changes, today, code -> provinceExists(em, code)));
        PatientDto updated;
        try {
            updated = database.inTransaction(tx -> {
            EntityManager em = tx.em();
            Patient patient = find(em, patientId);
            if (patient.voided()) {
                throw new PatientVoidedException(patientId);
            }
            refuseDuplicates(em, values, patientId);
            String oldSearchName = patient.searchName();
            Map<String, String> before = patient.snapshot();
            patient.apply(values, now);
            Map<String, String> after = patient.snapshot();
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, String> field : before.entrySet()) {
                String newValue = after.get(field.getKey());
                if (!Objects.equals(field.getValue(), newValue)) {
                    changed.add(field.getKey());
                    em.persist(new PatientChange(patientId, field.getKey(), field.getValue(), newValue, author.id(),
                            now));
                }
            }
            if (changed.isEmpty()) {
                throw new NothingChanged(patient.toDto());
            }
            if (!oldSearchName.equals(patient.searchName())) {
                em.createQuery("DELETE FROM NameToken t WHERE t.patientId = :id").setParameter("id", patientId)
                        .executeUpdate();
                writeTokens(em, patient);
            }
            tx.publish(new PatientUpdated(patientId, patient.code(), changed, now));
            audit.record(AuditAction.UPDATE, patientId, RECORD_TYPE, patientId, true, "fields: " + changed);
            return patient.toDto();
            });
        } catch (NothingChanged e) {
            return e.unchanged;
        } catch (MekongException e) {
            throw e;
        } catch (RuntimeException e) {
            // Another desk gave the same citizen id or card to another patient meanwhile: the
            // unique constraint stops this one at commit; answer it like the checked case.
            database.read(em -> {
                refuseDuplicates(em, values, patientId);
                return null;
            });
            throw e;
        }
        LOG.info("patient {} updated by {}", patientId, author.id());
        return updated;
    }

    /** Rolls back an update that changed nothing, so no version bump or timestamp is stored. */
    private static final class NothingChanged extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient PatientDto unchanged;

        NothingChanged(PatientDto unchanged) {
            super(null, null, false, false);
            this.unchanged = unchanged;
        }
    }

    @Override
    public PatientDto voidPatient(String patientId, String reason) {
        Principal author = security.require(PERMISSION_VOID);
        String why = ValidPatient.collapse(reason);
        if (why == null) {
            throw new InvalidPatientException(List.of(new FieldError("reason", "patient.error.voidReason.required")));
        }
        if (why.length() > VOID_REASON_MAX_LENGTH) {
            throw new InvalidPatientException(List.of(new FieldError("reason", "patient.error.voidReason.tooLong",
                    VOID_REASON_MAX_LENGTH)));
        }
        Instant now = clock.instant();
        PatientDto voided = database.inTransaction(tx -> {
            Patient patient = find(tx.em(), patientId);
            if (patient.voided()) {
                throw new PatientVoidedException(patientId);
            }
            patient.voidRecord(why, author.id(), now);
            tx.em().persist(new PatientChange(patientId, "voided", "false", "true", author.id(), now));
            tx.em().persist(new PatientChange(patientId, "voidReason", null, why, author.id(), now));
            tx.publish(new PatientVoided(patientId, patient.code(), now));
            audit.record(AuditAction.VOID, patientId, RECORD_TYPE, patientId);
            return patient.toDto();
        });
        LOG.info("patient {} voided by {}", patientId, author.id());
        return voided;
    }

    @Override
    public List<PatientFieldChange> history(String patientId) {
        security.require(PERMISSION_READ);
        List<PatientFieldChange> changes = database.read(em -> {
            String id = find(em, patientId).id();
            // rows of one change share their time; the field name keeps their order stable
            return em.createQuery("SELECT c FROM PatientChange c WHERE c.patientId = :id"
                    + " ORDER BY c.changedAt, c.field", PatientChange.class)
                    .setParameter("id", id).getResultList().stream().map(PatientChange::toDto).toList();
        });
        audit.record(AuditAction.READ, patientId, RECORD_TYPE, patientId, true, "history");
        return changes;
    }

    private static Patient find(EntityManager em, String patientId) {
        Patient patient = patientId == null ? null : em.find(Patient.class, patientId);
        if (patient == null) {
            throw new PatientNotFoundException(patientId);
        }
        return patient;
    }

    private static boolean provinceExists(EntityManager em, String code) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pat_province WHERE code = ?1")
                .setParameter(1, code).getSingleResult()).longValue() > 0;
    }

    /** Refuses a citizen id or card number another patient (voided or not) already has. */
    private static void refuseDuplicates(EntityManager em, ValidPatient values, String selfId) {
        if (values.cccd() != null) {
            holder(em, "p.cccd", values.cccd(), selfId).ifPresent(p -> {
                throw new DuplicatePatientException("cccd", p.id(), p.code());
            });
        }
        if (values.insuranceCard() != null) {
            holder(em, "p.cardNumber", values.insuranceCard().number(), selfId).ifPresent(p -> {
                throw new DuplicatePatientException("insuranceCard.number", p.id(), p.code());
            });
        }
    }

    private static Optional<Patient> holder(EntityManager em, String column, String value, String selfId) {
        return em.createQuery("SELECT p FROM Patient p WHERE " + column + " = :v", Patient.class)
                .setParameter("v", value).getResultList().stream()
                .filter(p -> !p.id().equals(selfId)).findFirst();
    }

    private static void writeTokens(EntityManager em, Patient patient) {
        List<String> tokens = NameSearchKey.of(patient.searchName()).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            em.persist(new NameToken(patient.id(), i, tokens.get(i)));
        }
    }

    /** The WHERE clause and parameters of a one-box search. */
    record SearchQuery(String where, Map<String, Object> parameters) {

        static SearchQuery of(String query, Integer birthYear, Sex sex, boolean includeVoided) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (!includeVoided) {
                // voided_at is set exactly when voided; a boolean comparison in dynamic JPQL is
                // written as 0/1, which Derby refuses for a BOOLEAN column
                conditions.add("p.voidedAt IS NULL");
            }
            if (birthYear != null) {
                conditions.add("p.birthYear = :birthYear");
                parameters.put("birthYear", birthYear);
            }
            if (sex != null) {
                conditions.add("p.sex = :sex");
                parameters.put("sex", sex);
            }
            String text = query == null ? "" : query.strip();
            String compact = text.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
            if (compact.startsWith("+84")) {
                compact = "0" + compact.substring(3);
            }
            if (text.isEmpty()) {
                // no condition: every patient, filtered and paged
            } else if (PatientCodes.CODE.matcher(compact).matches()) {
                conditions.add("p.code = :q");
                parameters.put("q", compact);
            } else if (CCCD_QUERY.matcher(compact).matches()) {
                conditions.add("p.cccd = :q");
                parameters.put("q", compact);
            } else if (PHONE_QUERY.matcher(compact).matches()) {
                conditions.add("p.phone = :q");
                parameters.put("q", compact);
            } else if (CARD_QUERY.matcher(compact).matches()) {
                conditions.add("p.cardNumber = :q");
                parameters.put("q", compact);
            } else {
                // Each word must start a word of the name, in any order. The longest word picks the
                // candidates through the token index; the others are index probes per candidate.
                List<String> words = new ArrayList<>(new LinkedHashSet<>(NameSearchKey.of(text).tokens()));
                words.sort(Comparator.comparingInt(String::length).reversed());
                if (words.isEmpty()) {
                    conditions.add("p.id IS NULL");
                }
                for (int i = 0; i < Math.min(words.size(), MAX_SEARCH_WORDS); i++) {
                    String name = "w" + i;
                    conditions.add(i == 0
                            ? "p.id IN (SELECT t0.patientId FROM NameToken t0 WHERE t0.token LIKE :w0)"
                            : "EXISTS (SELECT t" + i + " FROM NameToken t" + i + " WHERE t" + i
                                    + ".patientId = p.id AND t" + i + ".token LIKE :" + name + ")");
                    // tokens hold letters and digits only, so nothing needs escaping
                    parameters.put(name, words.get(i) + "%");
                }
            }
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            return new SearchQuery(where, parameters);
        }
    }
}
