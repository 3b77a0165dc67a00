package org.mekonghis.patient.internal;

import java.io.Reader;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.mekonghis.patient.api.CodeName;
import org.mekonghis.patient.api.DuplicatePatientException;
import org.mekonghis.patient.api.ImportResult;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.MergeRefusedException;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientFieldChange;
import org.mekonghis.patient.api.PatientMerged;
import org.mekonghis.patient.api.PatientMergedException;
import org.mekonghis.patient.api.PatientNotFoundException;
import org.mekonghis.patient.api.PatientPage;
import org.mekonghis.patient.api.PatientRegistered;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.PatientStatus;
import org.mekonghis.patient.api.PatientUpdated;
import org.mekonghis.patient.api.PatientVoided;
import org.mekonghis.patient.api.PatientVoidedException;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.patient.api.UnidentifiedPatientDraft;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.i18n.Messages;
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
    /** Key matches read for one likely-duplicates lookup; far more than the patients it returns. */
    static final int LIKELY_DUPLICATE_CANDIDATES = 200;
    /** The pending task (pat_pending_task) of computing the duplicate keys of older records. */
    static final String DUPLICATE_KEYS_TASK = "duplicate-keys";
    private static final int BACKFILL_BATCH = 500;

    private final Database database;
    private final SecurityContext security;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final PatientCodes codes;

    @Activate
    public PatientServiceImpl(@Reference PatientDatabase store, @Reference SecurityContext security,
            @Reference AuditLog audit, @Reference Messages messages) {
        this(store.database(), security, audit, messages, Clock.systemUTC());
        computePendingDuplicateKeys();
    }

    PatientServiceImpl(Database database, SecurityContext security, AuditLog audit, Messages messages, Clock clock) {
        this.database = database;
        this.security = security;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.codes = new PatientCodes(database);
    }

    /**
     * Computes the duplicate keys of the records registered before they existed, in batches, once:
     * the changeset that created the key table left a pending task for it.
     */
    void computePendingDuplicateKeys() {
        boolean pending = database.read(em -> !em.createNativeQuery("SELECT task FROM pat_pending_task WHERE task = ?1")
                .setParameter(1, DUPLICATE_KEYS_TASK).getResultList().isEmpty());
        if (!pending) {
            return;
        }
        long started = System.nanoTime();
        String last = "";
        int done = 0;
        while (true) {
            String after = last;
            List<String> batch = database.inTransaction(tx -> {
                List<Patient> patients = tx.em().createQuery("SELECT p FROM Patient p WHERE p.id > :after ORDER BY p.id",
                        Patient.class).setParameter("after", after).setMaxResults(BACKFILL_BATCH).getResultList();
                for (Patient patient : patients) {
                    tx.em().createQuery("DELETE FROM DuplicateKey k WHERE k.patientId = :id")
                            .setParameter("id", patient.id()).executeUpdate();
                    writeDuplicateKeys(tx.em(), patient);
                }
                return patients.stream().map(Patient::id).toList();
            });
            if (batch.isEmpty()) {
                break;
            }
            done += batch.size();
            last = batch.get(batch.size() - 1);
        }
        database.run(tx -> tx.em().createNativeQuery("DELETE FROM pat_pending_task WHERE task = ?1")
                .setParameter(1, DUPLICATE_KEYS_TASK).executeUpdate());
        LOG.info("duplicate keys of {} patients computed in {} ms", done, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public PatientDto register(PatientDraft draft) {
        Principal author = security.require(PERMISSION_REGISTER);
        Objects.requireNonNull(draft, "draft");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, FACILITY_ZONE);
        ValidPatient values = database.read(em -> ValidPatient.of(draft, today, KnownCodes.of(em)));
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
            List<Object[]> found = patientId == null ? List.of() : em.createQuery(
                    "SELECT p.voided, p.mergedIntoId FROM Patient p WHERE p.id = :id", Object[].class)
                    .setParameter("id", patientId).getResultList();
            if (found.isEmpty()) {
                throw new PatientNotFoundException(patientId);
            }
            return found.get(0)[1] != null ? PatientStatus.MERGED
                    : Boolean.TRUE.equals(found.get(0)[0]) ? PatientStatus.VOIDED : PatientStatus.ACTIVE;
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
        ValidPatient values = database.read(em -> {
            Patient current = find(em, patientId);
            return ValidPatient.of(changes, today, KnownCodes.of(em), current.unidentified() ? current.fullName()
                    : null);
        });
        PatientDto updated;
        try {
            updated = database.inTransaction(tx -> {
            EntityManager em = tx.em();
            Patient patient = find(em, patientId);
            refuseChange(patient);
            refuseDuplicates(em, values, patientId);
            String oldSearchName = patient.searchName();
            int oldBirthYear = patient.birthYear();
            boolean wasUnidentified = patient.unidentified();
            Map<String, String> before = patient.snapshot();
            patient.apply(values, now);
            List<String> changed = writeChanges(em, patientId, before, patient.snapshot(), author.id(), now);
            if (changed.isEmpty()) {
                throw new NothingChanged(patient.toDto());
            }
            if (!oldSearchName.equals(patient.searchName())) {
                em.createQuery("DELETE FROM NameToken t WHERE t.patientId = :id").setParameter("id", patientId)
                        .executeUpdate();
                writeNameTokens(em, patient);
            }
            if (!oldSearchName.equals(patient.searchName()) || oldBirthYear != patient.birthYear()
                    || wasUnidentified != patient.unidentified()) {
                em.createQuery("DELETE FROM DuplicateKey k WHERE k.patientId = :id").setParameter("id", patientId)
                        .executeUpdate();
                writeDuplicateKeys(em, patient);
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
            refuseChange(patient);
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

    @Override
    public PatientDto registerUnidentified(UnidentifiedPatientDraft draft) {
        Principal author = security.require(PERMISSION_REGISTER);
        Objects.requireNonNull(draft, "draft");
        List<FieldError> errors = new ArrayList<>();
        Integer age = draft.approximateAge();
        if (age != null && (age < 0 || age > APPROXIMATE_AGE_MAX)) {
            errors.add(new FieldError("approximateAge", "patient.error.approximateAge", APPROXIMATE_AGE_MAX));
        }
        String description = ValidPatient.collapse(draft.description());
        if (description != null && description.length() > DESCRIPTION_MAX_LENGTH) {
            errors.add(new FieldError("description", "patient.error.description.tooLong", DESCRIPTION_MAX_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPatientException(errors);
        }
        Sex sex = draft.sex() == null ? Sex.UNKNOWN : draft.sex();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, FACILITY_ZONE);
        int birthYear = age == null ? UNKNOWN_BIRTH_YEAR : today.getYear() - age;
        String name = unidentifiedName(sex, age);
        codes.ensureCounter(today.getYear());
        PatientDto registered = database.inTransaction(tx -> {
            EntityManager em = tx.em();
            String id = UUID.randomUUID().toString();
            // before the counter lock, as in register
            audit.record(AuditAction.CREATE, id, RECORD_TYPE, id, true, "unidentified");
            Patient patient = Patient.unidentified(id, codes.next(em, today.getYear()), name, birthYear, sex,
                    description, author.id(), now);
            em.persist(patient);
            writeTokens(em, patient);
            if (description != null) {
                em.persist(new PatientChange(id, "description", null, description, author.id(), now));
            }
            tx.publish(new PatientRegistered(id, patient.code(), now));
            return patient.toDto();
        });
        LOG.info("unidentified patient {} registered as {} by {}", registered.id(), registered.code(), author.id());
        return registered;
    }

    /** The generated name of an unidentified patient, in Vietnamese whatever the caller's language. */
    String unidentifiedName(Sex sex, Integer age) {
        String base = "patient.unidentified.name";
        String ageKey = age == null ? "" : age == 0 ? ".infant" : ".age";
        if (sex == Sex.UNKNOWN) {
            return messages.get(Messages.VIETNAMESE, base + ageKey, age);
        }
        String sexWord = messages.get(Messages.VIETNAMESE, "patient.unidentified.sex." + sex.name());
        return messages.get(Messages.VIETNAMESE, base + ".sex" + ageKey, sexWord, age);
    }

    @Override
    public List<PatientDto> likelyDuplicates(String fullName, Integer birthYear, String communeCode) {
        security.require(PERMISSION_READ);
        List<String> keys = DuplicateKey.keysOf(ValidPatient.collapse(fullName));
        String commune = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
        List<PatientDto> found = keys.isEmpty() ? List.of() : database.read(em -> {
            StringBuilder jpql = new StringBuilder("SELECT k.patientId, k.key FROM DuplicateKey k, Patient p"
                    + " WHERE p.id = k.patientId AND k.key IN :keys AND p.voidedAt IS NULL AND p.mergedIntoId IS NULL");
            if (birthYear != null) {
                jpql.append(" AND k.birthYear = :birthYear");
            }
            if (commune != null) {
                jpql.append(" AND p.communeCode = :commune");
            }
            TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("keys", keys);
            if (birthYear != null) {
                query.setParameter("birthYear", birthYear);
            }
            if (commune != null) {
                query.setParameter("commune", commune);
            }
            // Same words (or the same letters) first, then one word apart; at most one entry per patient.
            Map<String, Integer> rank = new LinkedHashMap<>();
            for (Object[] row : query.setMaxResults(LIKELY_DUPLICATE_CANDIDATES).getResultList()) {
                String key = (String) row[1];
                int r = key.equals(keys.get(0)) || key.startsWith(DuplicateKey.COMPACT_PREFIX) ? 0 : 1;
                rank.merge((String) row[0], r, Math::min);
            }
            List<String> ids = rank.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .limit(LIKELY_DUPLICATES_MAX).map(Map.Entry::getKey).toList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<String, Patient> patients = new LinkedHashMap<>();
            em.createQuery("SELECT p FROM Patient p WHERE p.id IN :ids", Patient.class).setParameter("ids", ids)
                    .getResultList().forEach(p -> patients.put(p.id(), p));
            return ids.stream().map(patients::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt((Patient p) -> rank.get(p.id())).thenComparing(Patient::searchName)
                            .thenComparing(Patient::code))
                    .map(Patient::toDto).toList();
        });
        // Names typed at the desk and the patients offered stay out of the audit: only the count.
        audit.record(AuditAction.READ, null, RECORD_TYPE, null, true, "likely duplicates: " + found.size());
        return found;
    }

    @Override
    public PatientDto merge(String survivorId, String duplicateId, String reason) {
        Principal author = security.require(PERMISSION_MERGE);
        String why = ValidPatient.collapse(reason);
        if (why == null) {
            throw new InvalidPatientException(List.of(new FieldError("reason", "patient.error.mergeReason.required")));
        }
        if (why.length() > DESCRIPTION_MAX_LENGTH) {
            throw new InvalidPatientException(List.of(new FieldError("reason", "patient.error.mergeReason.tooLong",
                    DESCRIPTION_MAX_LENGTH)));
        }
        Instant now = clock.instant();
        PatientDto merged = database.inTransaction(tx -> {
            EntityManager em = tx.em();
            Patient survivor = find(em, survivorId);
            Patient duplicate = find(em, duplicateId);
            if (survivor.id().equals(duplicate.id())) {
                throw new MergeRefusedException(survivorId, duplicateId, "self");
            }
            for (Patient p : List.of(survivor, duplicate)) {
                if (p.mergedIntoId() != null) {
                    throw new PatientMergedException(p.id(), p.mergedIntoId());
                }
                if (p.voided()) {
                    throw new PatientVoidedException(p.id());
                }
            }
            if (survivor.unidentified() && !duplicate.unidentified()) {
                throw new MergeRefusedException(survivorId, duplicateId, "unidentifiedSurvivor");
            }
            // Both versions move on even when the survivor takes nothing, so a concurrent merge or
            // update of either record fails at commit instead of crossing this one.
            em.lock(survivor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.lock(duplicate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            Map<String, String> survivorBefore = survivor.snapshot();
            Map<String, String> duplicateBefore = duplicate.snapshot();
            List<String> taken = survivor.fillableFrom(duplicate);
            Patient source = duplicate.copy();
            duplicate.releaseIdentifiers(taken.contains("cccd"), taken.contains("insuranceCard"), now);
            duplicate.mergeInto(survivor.id(), author.id(), now);
            // citizen ids and card numbers are unique: the duplicate's row gives them up first
            em.flush();
            survivor.fillFrom(source, taken, now);
            boolean photoTaken = !survivor.hasPhoto() && duplicate.hasPhoto();
            if (photoTaken) {
                PatientPhoto photo = em.find(PatientPhoto.class, duplicate.id());
                PhotoImage image = new PhotoImage(PhotoImage.typeOf(photo.content()), photo.content());
                em.persist(new PatientPhoto(survivor.id(), image, author.id(), now));
                survivor.photoStored(now);
                em.persist(new PatientChange(survivor.id(), "photo", null, describe(image) + " from "
                        + duplicate.code(), author.id(), now));
            }
            List<String> survivorChanges = new ArrayList<>(writeChanges(em, survivor.id(), survivorBefore,
                    survivor.snapshot(), author.id(), now));
            writeChanges(em, duplicate.id(), duplicateBefore, duplicate.snapshot(), author.id(), now);
            em.persist(new PatientChange(duplicate.id(), "mergedIntoId", null, survivor.id(), author.id(), now));
            em.persist(new PatientChange(duplicate.id(), "mergeReason", null, why, author.id(), now));
            em.persist(new PatientChange(survivor.id(), "mergedFrom", null, duplicate.id(), author.id(), now));
            tx.publish(new PatientMerged(survivor.id(), survivor.code(), duplicate.id(), duplicate.code(), now));
            if (photoTaken) {
                survivorChanges.add("photo");
            }
            if (!survivorChanges.isEmpty()) {
                tx.publish(new PatientUpdated(survivor.id(), survivor.code(), survivorChanges, now));
            }
            audit.record(AuditAction.MERGE, survivor.id(), RECORD_TYPE, survivor.id(), true,
                    "absorbed " + duplicate.id() + (taken.isEmpty() ? "" : "; took " + taken)
                            + (photoTaken ? "; took photo" : ""));
            audit.record(AuditAction.MERGE, duplicate.id(), RECORD_TYPE, duplicate.id(), true,
                    "merged into " + survivor.id());
            return survivor.toDto();
        });
        LOG.info("patient {} merged into {} by {}", duplicateId, survivorId, author.id());
        return merged;
    }

    @Override
    public void setPhoto(String patientId, byte[] image) {
        Principal author = security.require(PERMISSION_UPDATE);
        PhotoImage photo = PhotoImage.check(image);
        Instant now = clock.instant();
        database.run(tx -> {
            EntityManager em = tx.em();
            Patient patient = find(em, patientId);
            refuseChange(patient);
            PatientPhoto stored = em.find(PatientPhoto.class, patient.id());
            String old = null;
            if (stored == null) {
                em.persist(new PatientPhoto(patient.id(), photo, author.id(), now));
            } else {
                old = describe(new PhotoImage(PhotoImage.typeOf(stored.content()), stored.content()));
                stored.replace(photo, author.id(), now);
            }
            patient.photoStored(now);
            em.persist(new PatientChange(patient.id(), "photo", old, describe(photo), author.id(), now));
            tx.publish(new PatientUpdated(patient.id(), patient.code(), List.of("photo"), now));
            audit.record(AuditAction.UPDATE, patient.id(), RECORD_TYPE, patient.id(), true, "photo");
        });
        LOG.info("photo of patient {} stored by {}", patientId, author.id());
    }

    private static String describe(PhotoImage image) {
        return image.contentType() + ", " + image.bytes().length + " bytes";
    }

    @Override
    public Optional<byte[]> photo(String patientId) {
        security.require(PERMISSION_READ);
        Optional<byte[]> photo = database.read(em -> {
            Patient patient = find(em, patientId);
            if (!patient.hasPhoto()) {
                return Optional.<byte[]>empty();
            }
            PatientPhoto stored = em.find(PatientPhoto.class, patient.id());
            return stored == null ? Optional.<byte[]>empty() : Optional.of(stored.content());
        });
        audit.record(AuditAction.READ, patientId, RECORD_TYPE, patientId, true, "photo");
        return photo;
    }

    @Override
    public List<CodeName> provinces() {
        requireCatalogReader();
        return byName(catalog("SELECT code, name FROM pat_province", null));
    }

    @Override
    public List<CodeName> communes(String provinceCode) {
        requireCatalogReader();
        if (provinceCode == null || provinceCode.isBlank()) {
            return List.of();
        }
        return byName(catalog("SELECT code, name FROM pat_commune WHERE province_code = ?1", provinceCode.strip()));
    }

    @Override
    public List<CodeName> ethnicities() {
        requireCatalogReader();
        return catalog("SELECT code, name FROM pat_ethnicity ORDER BY code", null);
    }

    @Override
    public List<CodeName> nationalities() {
        requireCatalogReader();
        List<CodeName> list = new ArrayList<>();
        for (int group = 0; group <= 2; group++) {
            list.addAll(byName(catalog("SELECT code, name FROM pat_nationality WHERE list_group = " + group, null)));
        }
        return List.copyOf(list);
    }

    /** Catalogs hold no patient data: whoever may find or register patients may read them, unaudited. */
    private void requireCatalogReader() {
        if (!security.isPermitted(PERMISSION_REGISTER)) {
            security.require(PERMISSION_READ);
        }
    }

    private List<CodeName> catalog(String sql, String parameter) {
        return database.read(em -> {
            var query = em.createNativeQuery(sql);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            List<CodeName> rows = new ArrayList<>();
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                rows.add(new CodeName((String) columns[0], (String) columns[1]));
            }
            return rows;
        });
    }

    /**
     * Sorted by name as Vietnamese sorts (Đ after D, tones ignored first), which neither Derby nor
     * a PostgreSQL database created with the C collation does.
     */
    private static List<CodeName> byName(List<CodeName> entries) {
        Collator collator = Collator.getInstance(Messages.VIETNAMESE);
        return entries.stream().sorted(Comparator.comparing(CodeName::name, collator).thenComparing(CodeName::code))
                .toList();
    }

    @Override
    public ImportResult importCommunes(Reader csv) {
        Principal author = security.require(PERMISSION_CATALOG_ADMIN);
        Objects.requireNonNull(csv, "csv");
        Set<String> provinces = new HashSet<>();
        database.read(em -> {
            for (Object code : em.createNativeQuery("SELECT code FROM pat_province").getResultList()) {
                provinces.add((String) code);
            }
            return null;
        });
        CommuneCsv.Parsed parsed = CommuneCsv.parse(csv, provinces::contains);
        int[] counts = new int[2];
        database.run(tx -> {
            EntityManager em = tx.em();
            for (CommuneCsv.Row row : parsed.rows()) {
                List<?> existing = em.createNativeQuery("SELECT name, province_code FROM pat_commune WHERE code = ?1")
                        .setParameter(1, row.code()).getResultList();
                if (existing.isEmpty()) {
                    em.createNativeQuery("INSERT INTO pat_commune (code, name, province_code) VALUES (?1, ?2, ?3)")
                            .setParameter(1, row.code()).setParameter(2, row.name())
                            .setParameter(3, row.provinceCode()).executeUpdate();
                    counts[0]++;
                } else {
                    Object[] columns = (Object[]) existing.get(0);
                    if (!row.name().equals(columns[0]) || !row.provinceCode().equals(columns[1])) {
                        em.createNativeQuery("UPDATE pat_commune SET name = ?1, province_code = ?2 WHERE code = ?3")
                                .setParameter(1, row.name()).setParameter(2, row.provinceCode())
                                .setParameter(3, row.code()).executeUpdate();
                        counts[1]++;
                    }
                }
            }
            audit.record(AuditAction.ADMINISTER, null, "patient.commune", null, true, "communes imported: "
                    + counts[0] + " inserted, " + counts[1] + " updated, " + parsed.rejected().size() + " rejected");
        });
        LOG.info("communes imported by {}: {} inserted, {} updated, {} rejected", author.id(), counts[0], counts[1],
                parsed.rejected().size());
        return new ImportResult(counts[0], counts[1], parsed.rejected());
    }

    private static Patient find(EntityManager em, String patientId) {
        Patient patient = patientId == null ? null : em.find(Patient.class, patientId);
        if (patient == null) {
            throw new PatientNotFoundException(patientId);
        }
        return patient;
    }

    /** Refuses any change to a merged or voided record. */
    private static void refuseChange(Patient patient) {
        if (patient.mergedIntoId() != null) {
            throw new PatientMergedException(patient.id(), patient.mergedIntoId());
        }
        if (patient.voided()) {
            throw new PatientVoidedException(patient.id());
        }
    }

    /** One history row per field that differs between the snapshots; returns the changed fields. */
    private static List<String> writeChanges(EntityManager em, String patientId, Map<String, String> before,
            Map<String, String> after, String by, Instant now) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> field : before.entrySet()) {
            String newValue = after.get(field.getKey());
            if (!Objects.equals(field.getValue(), newValue)) {
                changed.add(field.getKey());
                em.persist(new PatientChange(patientId, field.getKey(), field.getValue(), newValue, by, now));
            }
        }
        return changed;
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

    /** The name tokens and duplicate keys of a new record. */
    private static void writeTokens(EntityManager em, Patient patient) {
        writeNameTokens(em, patient);
        writeDuplicateKeys(em, patient);
    }

    private static void writeNameTokens(EntityManager em, Patient patient) {
        List<String> tokens = NameSearchKey.of(patient.searchName()).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            em.persist(new NameToken(patient.id(), i, tokens.get(i)));
        }
    }

    /** Unidentified records have none: their generated names would only match each other. */
    private static void writeDuplicateKeys(EntityManager em, Patient patient) {
        if (patient.unidentified()) {
            return;
        }
        List<String> keys = DuplicateKey.keysOf(patient.searchName());
        for (int i = 0; i < keys.size(); i++) {
            em.persist(new DuplicateKey(patient.id(), i, keys.get(i), patient.birthYear()));
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
                conditions.add("p.mergedIntoId IS NULL");
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
