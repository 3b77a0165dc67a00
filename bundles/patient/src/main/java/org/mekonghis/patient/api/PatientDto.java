package org.mekonghis.patient.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A snapshot of a registered patient; later changes do not show in it.
 *
 * @param id         internal id, what other modules store
 * @param code       the patient code shown to staff and printed, e.g. {@code BN26000123}; unique, never reused
 * @param birthDate  null when only the year is known
 * @param birthYear  always set
 * @param voidReason null unless {@code voided}
 * @since 1.0
 */
public record PatientDto(String id, String code, String fullName, LocalDate birthDate, int birthYear, Sex sex,
        String ethnicityCode, String phone, String cccd, InsuranceCard insuranceCard, Address address,
        boolean voided, String voidReason, Instant registeredAt, Instant updatedAt) {
}
