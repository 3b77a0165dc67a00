package org.mekonghis.clinical.ui.ward;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.Folded;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.BedCensus;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;

/** Moves an inpatient to a free bed of the same or another department. */
final class TransferDialog extends WardDialog {
    private static final long serialVersionUID = 1L;

    private final transient WardServices services;
    private final transient BedCensus current;
    final ComboBox<DepartmentDto> department = new ComboBox<>();
    final ComboBox<BedCensus> bed = new ComboBox<>();
    final TextField reason = new TextField();

    /** @param freeBeds the free beds of a department, by its code */
    TransferDialog(WardServices services, Texts texts, String patientName, BedCensus current,
            List<DepartmentDto> departments, DepartmentDto currentDepartment,
            Function<String, List<BedCensus>> freeBeds, Runnable onDone) {
        super(texts, "transfer-dialog", texts.get("clinical.transfer.title", patientName, current.bedCode()),
                "clinical.transfer.submit", onDone);
        this.services = services;
        this.current = current;
        department.setId("transfer-department");
        department.setLabel(texts.get("clinical.checkIn.department"));
        department.setItemLabelGenerator(DepartmentDto::name);
        department.setItems(Folded.filter(department.getItemLabelGenerator()), departments);
        department.addValueChangeListener(e -> {
            bed.clear();
            bed.setItems(e.getValue() == null ? List.of() : freeBeds.apply(e.getValue().code()));
        });
        bed.setId("transfer-bed");
        bed.setLabel(texts.get("clinical.admit.bed"));
        bed.setItemLabelGenerator(BedCensus::bedCode);
        reason.setId("transfer-reason");
        reason.setLabel(texts.get("clinical.transfer.reason"));
        reason.setMaxLength(EncounterService.REASON_MAX_LENGTH);
        department.setValue(currentDepartment);
        errors.field("toDepartmentCode", department).field("departmentCode", department)
                .field("toBedCode", bed).field("bedCode", bed).field("reason", reason);
        FormLayout form = new FormLayout();
        form.add(department, bed, reason);
        add(form);
        bed.focus();
    }

    @Override
    EncounterDto act() {
        return services.inpatients().transfer(current.encounterId(),
                department.getValue() == null ? null : department.getValue().code(),
                bed.getValue() == null ? null : bed.getValue().bedCode(), blankToNull(reason.getValue()));
    }

    @Override
    String done(EncounterDto result) {
        return texts.get("clinical.transfer.done", result.bedCode());
    }
}
