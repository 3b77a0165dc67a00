package org.mekonghis.encounter.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.mekonghis.patient.api.Sex;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens and closes patients' outpatient and emergency encounters, runs the clinic rooms' queues
 * and records diagnoses. Inpatient stays are in {@link InpatientService}, the facility's layout in
 * {@link DepartmentService}.
 *
 * <p>Every method checks the caller's permission first and throws {@link AccessDeniedException}
 * without it. Changes run in one transaction with their events and audit entry: on any error
 * nothing is stored. Days (queue days, card validity) are those of the facility's time zone
 * (Asia/Ho_Chi_Minh). Audit entries name the patient and the encounter, record type
 * {@value #AUDIT_RECORD_TYPE}.
 *
 * @since 1.0
 */
@ProviderType
public interface EncounterService {
    /** See departments, rooms, encounters, queues and the census. */
    String PERMISSION_READ = "encounter.read";
    /** Check patients in (outpatient) and register emergency visits. */
    String PERMISSION_OPEN = "encounter.open";
    /** Close encounters with their outcome. */
    String PERMISSION_CLOSE = "encounter.close";
    /** Call patients of a clinic room's queue in and finish their consultation. @since 1.2 */
    String PERMISSION_QUEUE = "encounter.queue";
    /** Set the diagnoses of an encounter (doctors). @since 1.2 */
    String PERMISSION_DIAGNOSE = "encounter.diagnose";
    /** Admit, transfer, send on leave and discharge inpatients. @since 1.2 */
    String PERMISSION_INPATIENT = "encounter.inpatient";
    /** Manage departments, clinic rooms, wards and beds. @since 1.2 */
    String PERMISSION_ADMIN = "encounter.admin";

    /** The record type of this module's audit entries. @since 1.2 */
    String AUDIT_RECORD_TYPE = "encounter";

    int REASON_MAX_LENGTH = 500;
    /** @since 1.2 */
    int NOTE_MAX_LENGTH = 1000;
    /** The longest referral-paper number (GIAY_CHUYEN_TUYEN). @since 1.2 */
    int REFERRAL_NUMBER_MAX_LENGTH = 50;
    /** The most comorbid diagnoses of one encounter (MA_BENH_KT holds at most 12 codes). @since 1.2 */
    int SECONDARY_DIAGNOSES_MAX = 12;

    /** The active departments, in the facility's order. Needs {@value #PERMISSION_READ}. */
    List<DepartmentDto> departments();

    /**
     * Opens an outpatient or emergency encounter and gives it a new encounter code. An outpatient
     * visit queues at a clinic room: it gets the room's next queue number for the day and status
     * {@link QueueStatus#WAITING}; the room may be left out when the department has exactly one
     * active room. Numbers are unique per room and day, also under concurrent check-ins.
     *
     * <p>Coverage: null is self-pay. For {@link CoverageType#INSURANCE} the patient's card is read
     * from the patient registry ({@code PatientService.get}: needs {@code patient.read} and records a
     * READ in the patient's audit trail); it must exist and be valid on the visit day, and its
     * snapshot is stored with the encounter. {@link InsuranceRoute#REFERRAL} needs the referral
     * number and the 5-digit code of the referring facility; {@link InsuranceRoute#EMERGENCY} is only
     * for emergency encounters. Without insurance the patient is only checked through the registry's
     * status check, which records no READ.
     *
     * <p>Publishes {@link EncounterOpened} and records a CREATE audit entry (a failed one when the
     * opening is refused after the patient was checked). Needs {@value #PERMISSION_OPEN}.
     *
     * @throws InvalidEncounterException      listing every refused field, also an {@link EncounterType#INPATIENT}
     *                                        draft (admissions go through {@link InpatientService#admit}),
     *                                        a missing or expired card
     * @throws org.mekonghis.patient.api.PatientNotFoundException when there is no such patient
     * @throws VoidedPatientException         when the patient's record is voided (or merged into another)
     * @throws EncounterAlreadyOpenException  when the patient has an open encounter of that type
     */
    EncounterDto open(EncounterDraft draft);

    /**
     * Registers an unidentified emergency patient (unknown name, sex and approximate age as seen,
     * a description to recognise them by) and opens an emergency encounter for them, self-paid until
     * the patient is identified. Two modules, two transactions: the patient is registered first
     * ({@code PatientService.registerUnidentified}, which needs {@code patient.register} and publishes
     * its own event and audit entry), then the encounter is opened as by {@link #open}. The input is
     * checked before anything is stored; should the opening still fail, the registered patient stays
     * (findable, without encounter) and the exception is thrown. When the patient is identified, the
     * registry merges the records and the encounter follows the surviving record (see
     * {@link EncounterDto#originalPatientId()}). Needs {@value #PERMISSION_OPEN}.
     *
     * @param sex            as seen; null is {@link Sex#UNKNOWN}
     * @param approximateAge in years, 0 to
     *                       {@value org.mekonghis.patient.api.PatientService#APPROXIMATE_AGE_MAX}, or null when
     *                       not even that is known
     * @param description    what identifies the patient (clothes, marks, where found), at most
     *                       {@value #REASON_MAX_LENGTH} characters; required (it is also the reason for
     *                       the visit)
     * @param departmentCode the emergency department, e.g. {@code CC}
     * @return the opened encounter; its {@link EncounterDto#patientId()} is the new patient's id
     * @throws InvalidEncounterException listing every refused field
     * @since 1.2
     */
    EncounterDto openEmergencyUnidentified(Sex sex, Integer approximateAge, String description,
            String departmentCode);

    /**
     * The encounter with this id, open or closed. Records one READ audit entry per call. Needs
     * {@value #PERMISSION_READ}.
     *
     * @throws EncounterNotFoundException when there is none
     */
    EncounterDto get(String encounterId);

    /**
     * The patient's encounters, latest first; empty for an unknown patient id. Records one READ
     * audit entry per call when any is found. Needs {@value #PERMISSION_READ}.
     *
     * @throws InvalidEncounterException when {@code patientId} is blank
     */
    List<EncounterDto> listByPatient(String patientId);

    /**
     * Closes an open outpatient or emergency encounter. {@link EncounterOutcome#REFERRED} needs the
     * receiving facility and the reason; {@link EncounterOutcome#ADMITTED} is refused here, since
     * only {@link InpatientService#admit} admits. Publishes {@link EncounterClosed} and records an
     * UPDATE audit entry. Needs {@value #PERMISSION_CLOSE}.
     *
     * @throws InvalidEncounterException  listing every refused field of {@code closing}
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws EncounterClosedException   when it is already closed
     * @throws EncounterStateException    ({@link EncounterStateException.Reason#DISCHARGE_REQUIRED}) for an
     *                                    inpatient encounter: use {@link InpatientService#discharge}
     * @since 1.2
     */
    EncounterDto close(String encounterId, Closing closing);

    /** {@link #close(String, Closing)} with the outcome only. */
    default EncounterDto close(String encounterId, EncounterOutcome outcome) {
        return close(encounterId, outcome == null ? null : Closing.of(outcome));
    }

    /**
     * Replaces the diagnoses of an open encounter: one main diagnosis and up to
     * {@value #SECONDARY_DIAGNOSES_MAX} comorbidities, all different, each a billable code of the
     * ICD-10 catalog (a 3-character category that has subcategories must be coded to 4 characters).
     * Codes are accepted as typed ({@code j069} is {@code J06.9}); the catalog's names are stored with
     * them. The replaced diagnoses are kept as history. Records an UPDATE audit entry; publishes no
     * event ({@link EncounterClosed} carries the final codes). Needs {@value #PERMISSION_DIAGNOSE} and
     * the catalog's {@code terminology.read}.
     *
     * @param secondaryCodes null is none
     * @throws InvalidEncounterException  naming every unknown, non-billable, repeated or missing code
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws EncounterClosedException   when it is closed
     * @since 1.2
     */
    EncounterDto setDiagnoses(String encounterId, String primaryCode, List<String> secondaryCodes);

    /**
     * The queue of a clinic room on a day, by queue number, including finished consultations and
     * visits closed before being called. Records no audit entry (ids and times only; opening an
     * encounter from it is audited). Needs {@value #PERMISSION_READ}.
     *
     * @param day null is today
     * @throws FacilityUnitNotFoundException when there is no such room
     * @since 1.2
     */
    List<QueueEntry> roomQueue(String roomCode, LocalDate day);

    /**
     * A number that grows whenever the room's queue of the day changes (a check-in, a call, a
     * finished consultation, a closing): a cheap query to poll, reloading {@link #roomQueue} only when
     * it differs. Needs {@value #PERMISSION_READ}.
     *
     * @param day null is today
     * @throws FacilityUnitNotFoundException when there is no such room
     * @since 1.2
     */
    long queueRevision(String roomCode, LocalDate day);

    /**
     * Calls the next waiting patient of the room's queue of today (the lowest queue number among
     * open encounters still {@link QueueStatus#WAITING}) and starts the consultation. Two doctors
     * calling at once get different patients. Records an UPDATE audit entry. Needs
     * {@value #PERMISSION_QUEUE}.
     *
     * @return the called encounter, or empty when nobody is waiting
     * @throws FacilityUnitNotFoundException when there is no such room
     * @since 1.2
     */
    Optional<EncounterDto> callNext(String roomCode);

    /**
     * Starts the consultation of a waiting patient out of turn (the doctor picks the patient).
     * Records an UPDATE audit entry. Needs {@value #PERMISSION_QUEUE}.
     *
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws EncounterClosedException   when it is closed
     * @throws EncounterStateException    when it has no queue place or is not waiting
     * @since 1.2
     */
    EncounterDto startConsultation(String encounterId);

    /**
     * Finishes the consultation: the queue status becomes {@link QueueStatus#DONE}; the encounter
     * stays open until it is closed. Records an UPDATE audit entry. Needs {@value #PERMISSION_QUEUE}.
     *
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws EncounterClosedException   when it is closed
     * @throws EncounterStateException    when it has no queue place or its consultation has not started
     * @since 1.2
     */
    EncounterDto finishConsultation(String encounterId);
}
