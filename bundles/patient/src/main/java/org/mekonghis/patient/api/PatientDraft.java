package org.mekonghis.patient.api;

import java.time.LocalDate;

/**
 * The demographics of a patient as entered, before validation. Optional values may be null.
 *
 * @param fullName      required; surrounding and repeated spaces are dropped; at most {@value PatientService#FULL_NAME_MAX_LENGTH} characters
 * @param birthDate     the date of birth, or null when only the year is known
 * @param birthYear     the year of birth when the date is unknown; when both are given they must agree
 * @param sex           required
 * @param ethnicityCode 2-digit ethnic group code ({@code 01} = Kinh), or null
 * @param phone         a Vietnamese mobile number, 10 digits starting with 0, or null
 * @param cccd          the 12-digit citizen identity number, or null
 * @param insuranceCard the health-insurance card, or null
 * @param address       the address, or null
 * @since 1.0
 */
public record PatientDraft(String fullName, LocalDate birthDate, Integer birthYear, Sex sex, String ethnicityCode,
        String phone, String cccd, InsuranceCard insuranceCard, Address address) {
}
