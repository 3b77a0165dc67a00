package org.mekonghis.patient.api;

import java.util.List;

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

    int FULL_NAME_MAX_LENGTH = 100;
    int VOID_REASON_MAX_LENGTH = 500;
    int PAGE_SIZE_MAX = 100;

    /**
     * Registers a patient and gives it a new patient code. Publishes {@link PatientRegistered} and
     * records a CREATE audit entry.
     *
     * @throws InvalidPatientException   listing every refused field
     * @throws DuplicatePatientException when the citizen id or card number is already on file
     */
    PatientDto register(PatientDraft draft);

    /**
     * The patient with this id, voided or not. Records one READ audit entry per call.
     *
     * @throws PatientNotFoundException when there is none
     */
    PatientDto get(String patientId);

    /**
     * Whether the patient with this id exists and whether its record is voided, for modules that
     * only need to check a patient id before referring to it (e.g. opening an encounter). Needs
     * {@link #PERMISSION_READ}; discloses none of the patient's data, so it records no audit entry.
     *
     * @throws PatientNotFoundException when there is no such patient
     * @since 1.1
     */
    PatientStatus status(String patientId);

    /**
     * Searches in one box, excluding voided records. See {@link #search(String, Integer, Sex, boolean, int, int)}.
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
     * @param includeVoided whether voided records are listed too
     * @param page          0-based page number
     * @param size          page size, 1 to {@value #PAGE_SIZE_MAX}
     * @throws InvalidPatientException on a negative page or a size out of range
     */
    PatientPage search(String query, Integer birthYear, Sex sex, boolean includeVoided, int page, int size);

    /**
     * Replaces the patient's demographics with {@code changes}, validated as for {@link #register}.
     * Writes one history entry per changed field (who, when, old and new value), publishes
     * {@link PatientUpdated} and records an UPDATE audit entry; does nothing when nothing changed.
     *
     * @throws PatientNotFoundException  when there is no such patient
     * @throws PatientVoidedException    when the record is voided
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
}
