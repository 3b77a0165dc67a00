package org.mekonghis.encounter.api;

import java.util.List;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens and closes patients' encounters. Every method checks the caller's permission first and
 * throws {@link AccessDeniedException} without it. Changes run in one transaction with their
 * event: on any error nothing is stored.
 *
 * @since 1.0
 */
@ProviderType
public interface EncounterService {
    /** See departments and encounters. */
    String PERMISSION_READ = "encounter.read";
    /** Check patients in (outpatient) and register emergency visits. */
    String PERMISSION_OPEN = "encounter.open";
    /** Close encounters with their outcome. */
    String PERMISSION_CLOSE = "encounter.close";

    int REASON_MAX_LENGTH = 500;

    /** The active departments, in the facility's order. Needs {@value #PERMISSION_READ}. */
    List<DepartmentDto> departments();

    /**
     * Opens an encounter and gives it a new encounter code; an outpatient visit also gets the next
     * queue number of its department for the day (facility time). Publishes {@link EncounterOpened}
     * and records a CREATE audit entry. The patient is checked through the patient registry's
     * status check, which needs {@code patient.read} but records no READ of the patient's record.
     * Needs {@value #PERMISSION_OPEN}.
     *
     * @throws InvalidEncounterException      listing every refused field
     * @throws org.mekonghis.patient.api.PatientNotFoundException when there is no such patient
     * @throws VoidedPatientException         when the patient's record is voided
     * @throws EncounterAlreadyOpenException  when the patient has an open encounter of that type
     */
    EncounterDto open(EncounterDraft draft);

    /**
     * The encounter with this id, open or closed. Records one READ audit entry per call.
     *
     * @throws EncounterNotFoundException when there is none
     */
    EncounterDto get(String encounterId);

    /**
     * The patient's encounters, latest first; empty for an unknown patient id. Records one READ
     * audit entry per call when any is found.
     *
     * @throws InvalidEncounterException when {@code patientId} is blank
     */
    List<EncounterDto> listByPatient(String patientId);

    /**
     * Closes an open encounter with its outcome. Publishes {@link EncounterClosed} and records an
     * UPDATE audit entry. Needs {@value #PERMISSION_CLOSE}.
     *
     * @throws InvalidEncounterException  when {@code outcome} is null
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws EncounterClosedException   when it is already closed
     */
    EncounterDto close(String encounterId, EncounterOutcome outcome);
}
