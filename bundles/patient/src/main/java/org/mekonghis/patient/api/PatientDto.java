package org.mekonghis.patient.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A snapshot of a registered patient; later changes do not show in it.
 *
 * @param id              internal id, what other modules store
 * @param code            the patient code shown to staff and printed, e.g. {@code BN26000123}; unique, never reused
 * @param fullName        the name; for an unidentified patient a generated description such as
 *                        "Chưa rõ danh tính (nam, khoảng 40 tuổi)"
 * @param birthDate       null when only the year is known
 * @param birthYear       the year of birth; {@value PatientService#UNKNOWN_BIRTH_YEAR} only for an
 *                        unidentified patient whose age was not estimated
 * @param nationalityCode ISO 3166-1 alpha-2; null only for an unidentified patient
 * @param guardian        null when none is on file
 * @param unidentified    registered at the emergency desk without knowing who the patient is
 *                        ({@link PatientService#registerUnidentified})
 * @param hasPhoto        whether a photo is on file ({@link PatientService#photo(String)})
 * @param voidReason      null unless {@code voided}
 * @param mergedIntoId    the id of the record this one was merged into, or null; a merged record is
 *                        kept but no longer used ({@link PatientStatus#MERGED})
 * @since 1.0 (nationalityCode, occupation, guardian, unidentified, hasPhoto and mergedIntoId since 1.2)
 */
public record PatientDto(String id, String code, String fullName, LocalDate birthDate, int birthYear, Sex sex,
        String ethnicityCode, String nationalityCode, String occupation, String phone, String cccd,
        InsuranceCard insuranceCard, Address address, Guardian guardian, boolean unidentified, boolean hasPhoto,
        boolean voided, String voidReason, String mergedIntoId, Instant registeredAt, Instant updatedAt) {

    /** The record's status: {@link PatientStatus#MERGED} when merged, {@link PatientStatus#VOIDED} when voided. */
    public PatientStatus status() {
        return mergedIntoId != null ? PatientStatus.MERGED : voided ? PatientStatus.VOIDED : PatientStatus.ACTIVE;
    }
}
