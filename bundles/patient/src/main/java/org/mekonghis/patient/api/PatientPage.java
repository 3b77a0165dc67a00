package org.mekonghis.patient.api;

import java.util.List;

/**
 * One page of search results.
 *
 * @param items the patients of the page, ordered by name then code
 * @param total how many patients match in all pages
 * @since 1.0
 */
public record PatientPage(List<PatientDto> items, long total) {
    public PatientPage {
        items = List.copyOf(items);
    }
}
