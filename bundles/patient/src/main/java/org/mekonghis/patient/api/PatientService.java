package org.mekonghis.patient.api;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The patient registry. Every method checks the caller's permission first and throws
 * {@link AccessDeniedException} without it. Changes run in one transaction with their event and
 * audit entry: on any error nothing is stored.
 *
 * @since 1.0
 */
@ProviderType
public interface PatientService {
    /** Find and open patients. */
    String PERMISSION_READ = "patient.read";
    /** Register new patients. */
    String PERMISSION_REGISTER = "patient.register";
    /** Change patients' demographics. */
    String PERMISSION_UPDATE = "patient.update";
    /** Void patients' records. */
    String PERMISSION_VOID = "patient.void";
    /**
     * Merge a duplicate record into another.
     *
     * @since 1.2
     */
    String PERMISSION_MERGE = "patient.merge";
    /**
     * Maintain the registry's catalogs (import communes).
     *
     * @since 1.2
     */
    String PERMISSION_CATALOG_ADMIN = "patient.catalog.admin";

    int FULL_NAME_MAX_LENGTH = 100;
    int VOID_REASON_MAX_LENGTH = 500;
    int PAGE_SIZE_MAX = 100;
    /** @since 1.2 */
    int OCCUPATION_MAX_LENGTH = 100;
    /** @since 1.2 */
    int FORMER_DISTRICT_MAX_LENGTH = 100;
    /** @since 1.2 */
    int RELATIONSHIP_MAX_LENGTH = 50;
    /** A patient younger than this many years needs a {@link Guardian}. @since 1.2 */
    int GUARDIAN_REQUIRED_UNDER_AGE = 6;
    /** Of an unidentified patient's description and of a merge reason. @since 1.2 */
    int DESCRIPTION_MAX_LENGTH = 500;
    /** @since 1.2 */
    int APPROXIMATE_AGE_MAX = 120;
    /** The birth year of an unidentified patient whose age was not estimated. @since 1.2 */
    int UNKNOWN_BIRTH_YEAR = 0;
    /** The nationality of a draft that names none. @since 1.2 */
    String DEFAULT_NATIONALITY = "VN";
    /** At most this many likely duplicates are returned. @since 1.2 */
    int LIKELY_DUPLICATES_MAX = 10;
    /** The largest photo accepted, in bytes (2 MiB). @since 1.2 */
    int PHOTO_MAX_BYTES = 2 * 1024 * 1024;

    /**
     * Registers a patient and gives it a new patient code. Publishes {@link PatientRegistered} and
     * records a CREATE audit entry.
     *
     * @throws InvalidPatientException   listing every refused field
     * @throws DuplicatePatientException when the citizen id or card number is already on file
     */
    PatientDto register(PatientDraft draft);

    /**
     * Registers, in one call, a patient the emergency desk cannot identify: {@code unidentified} is
     * set, the name is generated from the sex and age ("Chưa rõ danh tính (nam, khoảng 40 tuổi)"),
     * the birth year is this year minus the approximate age, or {@value #UNKNOWN_BIRTH_YEAR} when no
     * age is given, the nationality is left unknown (null) and the description is kept (it shows in
     * the record's history as field {@code description}). Needs {@link #PERMISSION_REGISTER};
     * publishes {@link PatientRegistered} and records a CREATE audit entry. Once identified, the
     * record is either updated with the real demographics or merged into the patient's existing
     * record ({@link #merge}).
     *
     * @throws InvalidPatientException when the age is out of range or the description too long
     * @since 1.2
     */
    PatientDto registerUnidentified(UnidentifiedPatientDraft draft);

    /**
     * The patient with this id, voided or merged or not. Records one READ audit entry per call.
     *
     * @throws PatientNotFoundException when there is none
     */
    PatientDto get(String patientId);

    /**
     * Whether the patient with this id exists and whether its record is voided or merged, for modules that
     * only need to check a patient id before referring to it (e.g. opening an encounter). Needs
     * {@link #PERMISSION_READ}; discloses none of the patient's data, so it records no audit entry.
     *
     * @throws PatientNotFoundException when there is no such patient
     * @since 1.1
     */
    PatientStatus status(String patientId);

    /**
     * Searches in one box, excluding voided and merged records. See {@link #search(String, Integer, Sex, boolean, int, int)}.
     */
    default PatientPage search(String query, Integer birthYear, Sex sex, int page, int size) {
        return search(query, birthYear, sex, false, page, size);
    }

    /**
     * Searches in one box: a patient code, phone number, citizen id or card number matches exactly;
     * anything else is taken as a name, ignoring diacritics, case, extra spaces and word order,
     * each word matching the start of a word of the name. A blank query lists every patient.
     *
     * @param birthYear     only patients born that year, or null
     * @param sex           only patients of that sex, or null
     * @param includeVoided whether voided and merged records are listed too
     * @param page          0-based page number
     * @param size          page size, 1 to {@value #PAGE_SIZE_MAX}
     * @throws InvalidPatientException on a negative page or a size out of range
     */
    PatientPage search(String query, Integer birthYear, Sex sex, boolean includeVoided, int page, int size);

    /**
     * Replaces the patient's demographics with {@code changes}, validated as for {@link #register}.
     * Writes one history entry per changed field (who, when, old and new value), publishes
     * {@link PatientUpdated} and records an UPDATE audit entry; does nothing when nothing changed.
     * For an unidentified record, changes that keep its generated name keep it unidentified (its
     * unknown birth year and missing guardian are then accepted); a real name marks it identified
     * (history entry {@code unidentified}) and is validated as for {@link #register}.
     *
     * @throws PatientNotFoundException  when there is no such patient
     * @throws PatientVoidedException    when the record is voided
     * @throws PatientMergedException    when the record was merged into another
     * @throws InvalidPatientException   listing every refused field
     * @throws DuplicatePatientException when the new citizen id or card number belongs to another patient
     */
    PatientDto update(String patientId, PatientDraft changes);

    /**
     * Voids the patient's record with a reason; it is never deleted. Writes history entries for
     * {@code voided} and {@code voidReason}, publishes {@link PatientVoided} and records a VOID audit
     * entry.
     *
     * @throws PatientNotFoundException when there is no such patient
     * @throws PatientVoidedException   when it is already voided
     * @throws PatientMergedException   when it was merged into another
     * @throws InvalidPatientException  when the reason is blank or longer than {@value #VOID_REASON_MAX_LENGTH}
     */
    PatientDto voidPatient(String patientId, String reason);

    /**
     * The history of the patient's record, oldest first: one entry per changed field of every
     * update, and the voiding. Needs {@link #PERMISSION_READ}; records one READ audit entry per call.
     *
     * @throws PatientNotFoundException when there is no such patient
     */
    List<PatientFieldChange> history(String patientId);

    /**
     * Patients registered already who are probably the one being registered, for warning the
     * clerk while the name is typed: up to {@value #LIKELY_DUPLICATES_MAX} records, neither voided,
     * merged nor unidentified, whose name is the same ignoring diacritics, case, spaces and word
     * order, or differs by one word (one more, one fewer or one other), born in {@code birthYear}
     * (any year when null) and, when {@code communeCode} is given, living in that commune. Exact
     * name matches come first. Found through an index on (name key, birth year), so it stays fast
     * with millions of patients. Needs {@link #PERMISSION_READ}; records one READ audit entry
     * naming no patient.
     *
     * @return an empty list when the name is blank
     * @since 1.2
     */
    List<PatientDto> likelyDuplicates(String fullName, Integer birthYear, String communeCode);

    /**
     * Merges the record {@code duplicateId} into {@code survivorId}, typically an unidentified
     * emergency record into the patient's real record. Both records and both histories are kept:
     * the duplicate becomes {@link PatientStatus#MERGED} with {@link PatientDto#mergedIntoId()}
     * set, and history entries {@code mergedIntoId} and {@code mergeReason}; the survivor keeps
     * its data, and each of its empty fields among phone, citizen id, insurance card, address,
     * guardian, ethnic group, occupation and photo is filled from the duplicate with a history entry
     * on the survivor (a citizen id or card moves: the duplicate's entry shows it cleared; a citizen
     * id that disagrees with the survivor's sex or birth year stays where it is). Needs
     * {@link #PERMISSION_MERGE}; publishes {@link PatientMerged} (and {@link PatientUpdated} for the
     * survivor when it took fields) and records a MERGE audit entry for each record. The survivor's
     * history also gets an entry {@code mergedFrom} naming the duplicate's id.
     *
     * @param reason why, required, at most {@value #DESCRIPTION_MAX_LENGTH} characters
     * @return the survivor after the merge
     * @throws PatientNotFoundException when either record does not exist
     * @throws MergeRefusedException    when both ids are the same, or an identified record would be
     *                                  merged into an unidentified one
     * @throws PatientVoidedException   when either record is voided
     * @throws PatientMergedException   when either record was already merged
     * @throws InvalidPatientException  when the reason is blank or too long
     * @since 1.2
     */
    PatientDto merge(String survivorId, String duplicateId, String reason);

    /**
     * Stores (or replaces) the patient's photo: a JPEG or PNG image of at most
     * {@value #PHOTO_MAX_BYTES} bytes that can be decoded, at most 8000 pixels a side. Needs
     * {@link #PERMISSION_UPDATE}; writes a history entry {@code photo} (type and size, not the image),
     * publishes {@link PatientUpdated} with the field {@code photo} and records an UPDATE audit entry.
     *
     * @throws PatientNotFoundException when there is no such patient
     * @throws PatientVoidedException   when the record is voided
     * @throws PatientMergedException   when the record was merged into another
     * @throws InvalidPatientException  when the image is empty, too large, not JPEG or PNG, or cannot be decoded
     * @since 1.2
     */
    void setPhoto(String patientId, byte[] image);

    /**
     * The patient's photo as stored (JPEG or PNG, told by its first bytes), or empty when none is on
     * file. Needs {@link #PERMISSION_READ}; records one READ audit entry per call.
     *
     * @throws PatientNotFoundException when there is no such patient
     * @since 1.2
     */
    Optional<byte[]> photo(String patientId);

    /**
     * The provinces an address may name, by name. Needs {@link #PERMISSION_READ} or
     * {@link #PERMISSION_REGISTER}; not audited (no patient data).
     *
     * @since 1.2
     */
    List<CodeName> provinces();

    /**
     * The communes and wards on file for a province, by name; empty when none were imported for it.
     * Permission as for {@link #provinces()}.
     *
     * @since 1.2
     */
    List<CodeName> communes(String provinceCode);

    /**
     * The 54 ethnic groups, by code (01 Kinh ... 54 Rơ-măm, General Statistics Office list).
     * Permission as for {@link #provinces()}.
     *
     * @since 1.2
     */
    List<CodeName> ethnicities();

    /**
     * The nationalities (ISO 3166-1 alpha-2 codes with Vietnamese names): Viet Nam first, then the
     * nationalities most often seen, then the others, each group by name. Permission as for
     * {@link #provinces()}.
     *
     * @since 1.2
     */
    List<CodeName> nationalities();

    /**
     * Imports communes and wards from UTF-8 CSV with the header {@code code,name,provinceCode}: a
     * 5-digit code, the name, and a province the registry knows. Valid rows are inserted or, for a
     * known code, update the name and province; each refused row (bad code, blank or too long name,
     * unknown province, code repeated in the file, wrong number of columns) is listed with its line
     * number. Needs {@link #PERMISSION_CATALOG_ADMIN}; records one ADMINISTER audit entry.
     *
     * @throws InvalidPatientException when the input is not CSV with that header, or too large
     * @since 1.2
     */
    ImportResult importCommunes(Reader csv);
}
