package org.mekonghis.patient.api;

import java.time.LocalDate;

/**
 * The demographics of a patient as entered, before validation. Optional values may be null.
 *
 * @param fullName        required; surrounding and repeated spaces are dropped; at most {@value PatientService#FULL_NAME_MAX_LENGTH} characters
 * @param birthDate       the date of birth, or null when only the year is known
 * @param birthYear       the year of birth when the date is unknown; when both are given they must agree
 * @param sex             required
 * @param ethnicityCode   one of the 54 ethnic groups, 2 digits ({@code 01} = Kinh, see {@link PatientService#ethnicities()}), or null
 * @param nationalityCode ISO 3166-1 alpha-2 code (see {@link PatientService#nationalities()});
 *                        null means {@value PatientService#DEFAULT_NATIONALITY}
 * @param occupation      free text, at most {@value PatientService#OCCUPATION_MAX_LENGTH} characters, or null
 * @param phone           a Vietnamese mobile number, 10 digits starting with 0, or null
 * @param cccd            the 12-digit citizen identity number, or null
 * @param insuranceCard   the health-insurance card, or null
 * @param address         the address, or null
 * @param guardian        the guardian; required for a patient under
 *                        {@value PatientService#GUARDIAN_REQUIRED_UNDER_AGE} years of age on the day of
 *                        registration or change, optional otherwise
 * @since 1.0 (nationalityCode, occupation and guardian since 1.2)
 */
public record PatientDraft(String fullName, LocalDate birthDate, Integer birthYear, Sex sex, String ethnicityCode,
        String nationalityCode, String occupation, String phone, String cccd, InsuranceCard insuranceCard,
        Address address, Guardian guardian) {
}
