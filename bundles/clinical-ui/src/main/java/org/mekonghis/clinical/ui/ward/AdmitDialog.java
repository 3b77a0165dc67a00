package org.mekonghis.clinical.ui.ward;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientLabels;
import org.mekonghis.clinical.ui.patient.PatientPicker;
import org.mekonghis.encounter.api.AdmissionDraft;
import org.mekonghis.encounter.api.BedCensus;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterStatus;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.patient.api.PatientDto;

/**
 * Admits a patient into a free bed of the department, from the patient's open outpatient or
 * emergency encounter (found by searching the patient).
 */
final class AdmitDialog extends WardDialog {
    private static final long serialVersionUID = 1L;

    private final transient WardServices services;
    private final Formats formats;
    private final String departmentCode;
    private final PatientPicker picker;
    private final Span patient = new Span();
    final ComboBox<EncounterDto> from = new ComboBox<>();
    final ComboBox<BedCensus> bed = new ComboBox<>();
    final TextField reason = new TextField();

    AdmitDialog(WardServices services, Texts texts, Formats formats, String departmentCode, String departmentName,
            Map<String, String> departmentNames, List<BedCensus> freeBeds, BedCensus chosenBed, Runnable onDone) {
        super(texts, "admit-dialog", texts.get("clinical.admit.title", departmentName), "clinical.admit.submit",
                onDone);
        this.services = services;
        this.formats = formats;
        this.departmentCode = departmentCode;
        picker = new PatientPicker(services.patients(), texts, formats, "admit-picker", this::pick);
        patient.setId("admit-patient");
        from.setId("admit-from");
        from.setLabel(texts.get("clinical.admit.from"));
        from.setItemLabelGenerator(e -> e.code() + " · " + texts.get("clinical.encounterType." + e.type().name())
                + " · " + departmentNames.getOrDefault(e.departmentCode(), e.departmentCode()) + " · "
                + formats.dateTime(e.openedAt()));
        from.setRequiredIndicatorVisible(true);
        bed.setId("admit-bed");
        bed.setLabel(texts.get("clinical.admit.bed"));
        bed.setItems(freeBeds);
        bed.setItemLabelGenerator(BedCensus::bedCode);
        bed.setRequiredIndicatorVisible(true);
        if (chosenBed != null) {
            bed.setValue(chosenBed);
        }
        reason.setId("admit-reason");
        reason.setLabel(texts.get("clinical.admit.reason"));
        reason.setMaxLength(EncounterService.REASON_MAX_LENGTH);
        errors.field("fromEncounterId", from).field("bedCode", bed).field("departmentCode", bed)
                .field("reason", reason);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(from, 2);
        form.add(bed, reason);
        add(picker, patient, form);
        picker.focus();
    }

    private void pick(PatientDto p) {
        patient.setText(PatientLabels.summary(p, texts, formats));
        List<EncounterDto> open = services.encounters().listByPatient(p.id()).stream()
                .filter(e -> e.status() == EncounterStatus.OPEN && e.type() != EncounterType.INPATIENT).toList();
        from.setItems(open);
        if (!open.isEmpty()) {
            from.setValue(open.get(0));
            (bed.isEmpty() ? bed : reason).focus();
        } else {
            from.setHelperText(texts.get("clinical.admit.noOpenEncounter"));
        }
    }

    @Override
    EncounterDto act() {
        return services.inpatients().admit(new AdmissionDraft(from.getValue() == null ? null : from.getValue().id(),
                departmentCode, bed.getValue() == null ? null : bed.getValue().bedCode(),
                blankToNull(reason.getValue())));
    }

    @Override
    String done(EncounterDto result) {
        return texts.get("clinical.admit.done", result.bedCode(), result.code());
    }
}
