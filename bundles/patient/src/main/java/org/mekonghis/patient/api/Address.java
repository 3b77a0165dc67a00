package org.mekonghis.patient.api;

/**
 * Where a patient (or a guardian) lives, in the two-level administrative units in force since
 * 1 July 2025.
 *
 * @param provinceCode   one of the provinces the registry knows (2 digits), required when an address is given
 * @param communeCode    the commune or ward code (5 digits), or null; when the registry has communes on file
 *                       for the province it must be one of them
 * @param street         house number and street, or null; at most 200 characters
 * @param formerDistrict free text naming the district of the address before districts were abolished on
 *                       1 July 2025, when known (older papers and cards still name it), or null; at most
 *                       {@value PatientService#FORMER_DISTRICT_MAX_LENGTH} characters
 * @since 1.0 (formerDistrict since 1.2)
 */
public record Address(String provinceCode, String communeCode, String street, String formerDistrict) {
}
