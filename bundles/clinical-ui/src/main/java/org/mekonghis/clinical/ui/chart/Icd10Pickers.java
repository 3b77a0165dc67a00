package org.mekonghis.clinical.ui.chart;

import java.util.Locale;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import org.mekonghis.terminology.api.Icd10Code;
import org.mekonghis.terminology.api.Icd10Service;

/**
 * Pickers of ICD-10 codes searched in the catalog as the doctor types: a code or its beginning
 * ({@code j06}) or words of the name without diacritics ({@code viem hong}).
 */
final class Icd10Pickers {
    /** Codes offered per search; the catalog returns at most {@value Icd10Service#SEARCH_LIMIT_MAX}. */
    static final int OFFERED = 50;

    private Icd10Pickers() {
    }

    static ItemLabelGenerator<Icd10Code> label(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return c -> c.code() + " – " + (english && c.nameEn() != null ? c.nameEn() : c.nameVi());
    }

    static ComboBox<Icd10Code> single(Icd10Service icd10, Locale locale, String label) {
        ComboBox<Icd10Code> box = new ComboBox<>(label);
        box.setItemLabelGenerator(label(locale));
        box.setItems(query -> icd10.search(query.getFilter().orElse(""), OFFERED).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }

    static MultiSelectComboBox<Icd10Code> multiple(Icd10Service icd10, Locale locale, String label) {
        MultiSelectComboBox<Icd10Code> box = new MultiSelectComboBox<>(label);
        box.setItemLabelGenerator(label(locale));
        box.setItems(query -> icd10.search(query.getFilter().orElse(""), OFFERED).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }
}
