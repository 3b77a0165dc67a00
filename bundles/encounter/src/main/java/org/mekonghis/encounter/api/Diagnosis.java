package org.mekonghis.encounter.api;

/**
 * An ICD-10 diagnosis of an encounter, with the catalog's names as they were when it was set.
 *
 * @param code   the normalized ICD-10 code, e.g. {@code J06.9} (MA_BENH_CHINH / MA_BENH_KT)
 * @param nameVi the Vietnamese name
 * @param nameEn the English name, or null when the catalog has none
 * @since 1.2
 */
public record Diagnosis(String code, String nameVi, String nameEn) {
}
