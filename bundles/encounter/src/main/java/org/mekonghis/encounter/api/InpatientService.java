package org.mekonghis.encounter.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Inpatient stays: admission into a bed, transfers between beds and departments, leave of
 * absence, discharge, and the census of a department's beds. A bed holds one patient at a time;
 * the database guarantees it, also against concurrent admissions.
 *
 * <p>Every method checks the caller's permission first and throws {@link AccessDeniedException}
 * without it. Changes run in one transaction with their events and audit entry: on any error
 * nothing is stored. Days are those of the facility's time zone (Asia/Ho_Chi_Minh).
 *
 * @since 1.2
 */
@ProviderType
public interface InpatientService {

    /**
     * Days of inpatient treatment as the claim counts them (SO_NGAY_DTRI, QĐ 130/QĐ-BYT as amended by
     * QĐ 4750/QĐ-BYT, XML1 field 38, for MA_LOAI_KCB 03): the day of discharge minus the day of
     * admission, plus one. A patient admitted and discharged on the same day counts 1; admitted on
     * the 1st and discharged on the 3rd counts 3. Days on leave are not subtracted here.
     *
     * @param admissionDay the day of admission (facility time)
     * @param lastDay      the day of discharge, or today for a patient still in hospital; not before
     *                     {@code admissionDay}
     * @throws IllegalArgumentException when {@code lastDay} is before {@code admissionDay}
     */
    static int daysOfStay(LocalDate admissionDay, LocalDate lastDay) {
        if (lastDay.isBefore(admissionDay)) {
            throw new IllegalArgumentException("last day " + lastDay + " before admission " + admissionDay);
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(admissionDay, lastDay) + 1);
    }

    /**
     * Admits the patient of an open outpatient or emergency encounter: opens an
     * {@link EncounterType#INPATIENT} encounter in the department with a new encounter code, the
     * coverage of the encounter admitted from and the given bed; closes the encounter admitted from
     * as {@link EncounterOutcome#ADMITTED}; all in one transaction. Publishes {@link EncounterClosed}
     * (of the old encounter), {@link EncounterOpened} and {@link PatientAdmitted}; records a CREATE
     * and an UPDATE audit entry. Needs {@value EncounterService#PERMISSION_INPATIENT}.
     *
     * @return the new inpatient encounter
     * @throws InvalidEncounterException      listing every refused field (unknown or inactive department or bed, a
     *                                        bed of another department, an encounter that is itself inpatient)
     * @throws EncounterNotFoundException     when there is no encounter {@code fromEncounterId}
     * @throws EncounterClosedException       when it is closed
     * @throws EncounterAlreadyOpenException  when the patient is already admitted
     * @throws BedOccupiedException           when another patient holds the bed (of two concurrent admissions to
     *                                        one bed exactly one succeeds)
     */
    EncounterDto admit(AdmissionDraft draft);

    /**
     * Moves an inpatient to another bed, of the same or another department: ends the current bed
     * stay, starts the next, and makes the new department the encounter's department. Publishes
     * {@link PatientTransferred}; records an UPDATE audit entry. Needs
     * {@value EncounterService#PERMISSION_INPATIENT}.
     *
     * @throws InvalidEncounterException  listing every refused field (unknown department or bed, a bed of another
     *                                    department, the current bed, a missing reason)
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws NotAdmittedException       when it is not an open inpatient stay
     * @throws EncounterStateException    ({@link EncounterStateException.Reason#ON_LEAVE}) while the patient is on
     *                                    leave
     * @throws BedOccupiedException       when another patient holds the bed
     */
    EncounterDto transfer(String encounterId, String toDepartmentCode, String toBedCode, String reason);

    /**
     * Sends an inpatient on leave of absence until a day; the bed stays reserved and counts as
     * occupied. Records an UPDATE audit entry. Needs {@value EncounterService#PERMISSION_INPATIENT}.
     *
     * @param until the last day of leave: today or later
     * @throws InvalidEncounterException  when {@code until} is missing or past, or the reason is missing or too long
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws NotAdmittedException       when it is not an open inpatient stay
     * @throws EncounterStateException    ({@link EncounterStateException.Reason#ON_LEAVE}) when already on leave
     */
    EncounterDto startLeave(String encounterId, LocalDate until, String reason);

    /**
     * Records the return of an inpatient from leave. Records an UPDATE audit entry. Needs
     * {@value EncounterService#PERMISSION_INPATIENT}.
     *
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws NotAdmittedException       when it is not an open inpatient stay
     * @throws EncounterStateException    ({@link EncounterStateException.Reason#NOT_ON_LEAVE}) when not on leave
     */
    EncounterDto endLeave(String encounterId);

    /**
     * Discharges an inpatient: ends the bed stay (the bed is free at once) and any leave, and closes
     * the encounter with the outcome of the discharge kind. Publishes {@link EncounterClosed} with the
     * discharge, the department codes in order of stay and the days of stay; records an UPDATE audit
     * entry. Needs {@value EncounterService#PERMISSION_INPATIENT}.
     *
     * @throws InvalidEncounterException  listing every refused field of {@code discharge}
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws NotAdmittedException       when it is not an open inpatient stay (never admitted, or already
     *                                    discharged)
     */
    EncounterDto discharge(String encounterId, Discharge discharge);

    /**
     * The inpatient encounter with its bed movements and leaves. Records one READ audit entry. Needs
     * {@value EncounterService#PERMISSION_READ}.
     *
     * @throws EncounterNotFoundException when there is no such encounter
     * @throws NotAdmittedException       when it is not an inpatient encounter
     */
    InpatientStay stay(String encounterId);

    /**
     * The beds of a department now: who holds each, since when, and who is on leave. Lists patient
     * ids, so it records one READ audit entry (without patient) naming the department. Needs
     * {@value EncounterService#PERMISSION_READ}.
     *
     * @throws FacilityUnitNotFoundException when there is no such department
     */
    WardCensus census(String departmentCode);
}
