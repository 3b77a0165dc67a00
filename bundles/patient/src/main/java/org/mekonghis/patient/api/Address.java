package org.mekonghis.patient.api;

/**
 * Where a patient lives, in the two-level administrative units in force since 1 July 2025.
 *
 * @param provinceCode one of the provinces the registry knows (2 digits), required when an address is given
 * @param communeCode  the commune or ward code, or null
 * @param street       house number and street, or null
 * @since 1.0
 */
public record Address(String provinceCode, String communeCode, String street) {
}
