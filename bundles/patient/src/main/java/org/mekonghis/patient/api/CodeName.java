package org.mekonghis.patient.api;

/**
 * One entry of a catalog (province, commune, ethnic group, nationality).
 *
 * @param code the code stored on patient records
 * @param name the Vietnamese name, with diacritics
 * @since 1.2
 */
public record CodeName(String code, String name) {
}
