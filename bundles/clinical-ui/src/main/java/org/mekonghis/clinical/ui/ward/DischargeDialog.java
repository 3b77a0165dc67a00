package org.mekonghis.clinical.ui.ward;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.BedCensus;
import org.mekonghis.encounter.api.Discharge;
import org.mekonghis.encounter.api.DischargeKind;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.TreatmentResult;

/**
 * Discharges an inpatient: how the patient leaves (ra viện, chuyển tuyến, xin ra viện, trốn viện,
 * tử vong), the result of treatment, the receiving facility for a referral, and the doctor's note.
 * The bed is free at once.
 */
final class DischargeDialog extends WardDialog {
    private static final long serialVersionUID = 1L;

    private final transient WardServices services;
    private final transient BedCensus current;
    final ComboBox<DischargeKind> kind = new ComboBox<>();
    final ComboBox<TreatmentResult> result = new ComboBox<>();
    final TextField referredTo = new TextField();
    final TextField referralReason = new TextField();
    final TextArea note = new TextArea();

    DischargeDialog(WardServices services, Texts texts, String patientName, BedCensus current, Runnable onDone) {
        super(texts, "discharge-dialog", texts.get("clinical.discharge.title", patientName, current.bedCode()),
                "clinical.discharge.submit", onDone);
        this.services = services;
        this.current = current;
        kind.setId("discharge-kind");
        kind.setLabel(texts.get("clinical.discharge.kind"));
        kind.setItems(DischargeKind.values());
        kind.setItemLabelGenerator(k -> texts.get("clinical.dischargeKind." + k.name()));
        kind.setValue(DischargeKind.NORMAL);
        kind.setRequiredIndicatorVisible(true);
        result.setId("discharge-result");
        result.setLabel(texts.get("clinical.discharge.result"));
        result.setItems(TreatmentResult.values());
        result.setItemLabelGenerator(r -> texts.get("clinical.treatmentResult." + r.name()));
        result.setRequiredIndicatorVisible(true);
        referredTo.setId("discharge-referred-to");
        referredTo.setLabel(texts.get("clinical.discharge.referredTo"));
        referredTo.setMaxLength(10);
        referralReason.setId("discharge-referral-reason");
        referralReason.setLabel(texts.get("clinical.discharge.referralReason"));
        referralReason.setMaxLength(EncounterService.REASON_MAX_LENGTH);
        note.setId("discharge-note");
        note.setLabel(texts.get("clinical.discharge.note"));
        note.setMaxLength(EncounterService.NOTE_MAX_LENGTH);
        kind.addValueChangeListener(e -> kindChanged());
        kindChanged();
        errors.field("kind", kind).field("result", result).field("referredToFacilityCode", referredTo)
                .field("referralReason", referralReason).field("note", note);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(kind, result, referredTo, referralReason);
        form.add(note, 2);
        add(form);
        result.focus();
    }

    private void kindChanged() {
        DischargeKind k = kind.getValue();
        boolean referral = k != null && k.referral();
        referredTo.setVisible(referral);
        referralReason.setVisible(referral);
        if (k == DischargeKind.DIED) {
            result.setValue(TreatmentResult.DIED);
        } else if (result.getValue() == TreatmentResult.DIED) {
            result.clear();
        }
    }

    @Override
    EncounterDto act() {
        DischargeKind k = kind.getValue();
        boolean referral = k != null && k.referral();
        return services.inpatients().discharge(current.encounterId(), new Discharge(k, result.getValue(),
                referral ? blankToNull(referredTo.getValue()) : null,
                referral ? blankToNull(referralReason.getValue()) : null, blankToNull(note.getValue())));
    }

    @Override
    String done(EncounterDto result) {
        return texts.get("clinical.discharge.done", current.bedCode());
    }
}
