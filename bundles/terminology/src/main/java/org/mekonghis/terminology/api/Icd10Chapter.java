package org.mekonghis.terminology.api;

/**
 * One of the 22 chapters of ICD-10.
 *
 * @param number    the chapter number in Roman numerals, {@code I} to {@code XXII}
 * @param codeRange the first and last category, e.g. {@code J00-J99}
 * @param nameVi    the Vietnamese title
 * @param nameEn    the English (WHO) title
 * @since 1.0
 */
public record Icd10Chapter(String number, String codeRange, String nameVi, String nameEn) {
}
