package org.mekonghis.clinical.ui.admin;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.terminology.api.Icd10Code;
import org.mekonghis.terminology.api.Icd10Service;
import org.mekonghis.terminology.api.ImportResult;

/**
 * The ICD-10 catalog: import of the Ministry of Health list from CSV or Excel (.xlsx), and a
 * search over the codes on file.
 */
final class Icd10View extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    Icd10View(Icd10Service icd10, Texts texts) {
        setId("icd10-admin");
        setSizeFull();
        ImportPanel panel = new ImportPanel(texts, "icd10-import", "clinical.icd10.hint", (name, bytes) -> {
            ImportResult r = name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? icd10.importXlsx(new ByteArrayInputStream(bytes))
                    : icd10.importCsv(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            return new ImportPanel.Outcome(r.inserted(), r.updated(), r.rejected());
        }, ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        TextField search = new TextField();
        search.setId("icd10-search");
        search.setPlaceholder(texts.get("clinical.diagnosis.placeholder"));
        search.setAriaLabel(texts.get("clinical.diagnosis.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidth("30rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Grid<Icd10Code> codes = new Grid<>();
        codes.setId("icd10-grid");
        codes.addThemeVariants(GridVariant.LUMO_COMPACT);
        codes.addColumn(Icd10Code::code).setHeader(texts.get("clinical.catalog.code")).setAutoWidth(true)
                .setFlexGrow(0);
        codes.addColumn(Icd10Code::nameVi).setHeader(texts.get("clinical.icd10.nameVi")).setFlexGrow(2);
        codes.addColumn(c -> c.nameEn() == null ? "" : c.nameEn()).setHeader(texts.get("clinical.icd10.nameEn"))
                .setFlexGrow(2);
        codes.addColumn(Icd10Code::chapter).setHeader(texts.get("clinical.icd10.chapter")).setAutoWidth(true)
                .setFlexGrow(0);
        codes.addColumn(c -> texts.get(c.billable() ? "clinical.common.yes" : "clinical.common.no"))
                .setHeader(texts.get("clinical.icd10.billable")).setAutoWidth(true).setFlexGrow(0);
        codes.setEmptyStateText(texts.get("clinical.icd10.empty"));
        search.addValueChangeListener(e -> {
            try {
                codes.setItems(e.getValue() == null || e.getValue().isBlank() ? List.of()
                        : icd10.search(e.getValue(), Icd10Service.SEARCH_LIMIT_MAX));
            } catch (MekongException ex) {
                Notices.error(texts, ex);
            }
        });
        add(new H2(texts.get("clinical.icd10.title")), panel, search, codes);
        setFlexGrow(1, codes);
    }
}
