package org.mekonghis.patient.api;

/**
 * The person responsible for a patient who cannot act alone, typically a parent of a young child.
 * Required (name, relationship and phone) for a patient under
 * {@value PatientService#GUARDIAN_REQUIRED_UNDER_AGE} years of age.
 *
 * @param fullName     the guardian's full name, at most {@value PatientService#FULL_NAME_MAX_LENGTH} characters
 * @param relationship free text such as "Mẹ", "Bố", "Bà ngoại", at most
 *                     {@value PatientService#RELATIONSHIP_MAX_LENGTH} characters
 * @param phone        a Vietnamese mobile number, 10 digits starting with 0
 * @param cccd         the guardian's 12-digit citizen identity number, or null; not required to be unique
 * @since 1.2
 */
public record Guardian(String fullName, String relationship, String phone, String cccd) {
}
