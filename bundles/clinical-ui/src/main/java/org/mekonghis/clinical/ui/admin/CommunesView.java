package org.mekonghis.clinical.ui.admin;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.mekonghis.clinical.ui.internal.Folded;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.patient.api.CodeName;
import org.mekonghis.patient.api.ImportResult;
import org.mekonghis.patient.api.PatientService;

/**
 * The communes and wards of the registry: import from CSV ({@code code,name,provinceCode}) and
 * the communes on file per province.
 */
final class CommunesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    CommunesView(PatientService patients, Texts texts) {
        setId("communes-admin");
        setSizeFull();
        ImportPanel panel = new ImportPanel(texts, "communes-import", "clinical.communes.hint", (name, bytes) -> {
            ImportResult r = patients.importCommunes(new InputStreamReader(new ByteArrayInputStream(bytes),
                    StandardCharsets.UTF_8));
            return new ImportPanel.Outcome(r.inserted(), r.updated(), r.rejected());
        }, ".csv", "text/csv");
        ComboBox<CodeName> province = new ComboBox<>(texts.get("clinical.patient.province"));
        province.setId("communes-province");
        province.setItemLabelGenerator(CodeName::name);
        province.setItems(Folded.filter(province.getItemLabelGenerator()), patients.provinces());
        Grid<CodeName> communes = new Grid<>();
        communes.setId("communes-grid");
        communes.addThemeVariants(GridVariant.LUMO_COMPACT);
        communes.addColumn(CodeName::code).setHeader(texts.get("clinical.catalog.code")).setAutoWidth(true)
                .setFlexGrow(0);
        communes.addColumn(CodeName::name).setHeader(texts.get("clinical.catalog.name"));
        communes.setEmptyStateText(texts.get("clinical.communes.chooseProvince"));
        province.addValueChangeListener(e -> {
            communes.setItems(e.getValue() == null ? List.of() : patients.communes(e.getValue().code()));
            communes.setEmptyStateText(texts.get(e.getValue() == null ? "clinical.communes.chooseProvince"
                    : "clinical.communes.empty"));
        });
        add(new H2(texts.get("clinical.communes.title")), panel, province, communes);
        setFlexGrow(1, communes);
    }
}
