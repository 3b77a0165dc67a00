package org.mekonghis.clinical.ui.ward;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.DateFields;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.BedCensus;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;

/** Sends an inpatient on leave of absence until a day; the bed stays reserved. */
final class LeaveDialog extends WardDialog {
    private static final long serialVersionUID = 1L;

    private final transient WardServices services;
    private final transient BedCensus current;
    final DatePicker until;
    final TextField reason = new TextField();

    LeaveDialog(WardServices services, Texts texts, String patientName, BedCensus current, LocalDate today,
            Runnable onDone) {
        super(texts, "leave-dialog", texts.get("clinical.leave.title", patientName), "clinical.leave.submit",
                onDone);
        this.services = services;
        this.current = current;
        until = DateFields.create(texts, texts.get("clinical.leave.until"));
        until.setId("leave-until");
        until.setMin(today);
        until.setValue(today.plusDays(1));
        reason.setId("leave-reason");
        reason.setLabel(texts.get("clinical.leave.reason"));
        reason.setMaxLength(EncounterService.REASON_MAX_LENGTH);
        errors.field("until", until).field("reason", reason);
        FormLayout form = new FormLayout();
        form.add(until, reason);
        add(form);
        until.focus();
    }

    @Override
    EncounterDto act() {
        return services.inpatients().startLeave(current.encounterId(), until.getValue(),
                blankToNull(reason.getValue()));
    }

    @Override
    String done(EncounterDto result) {
        return texts.get("clinical.leave.done", result.bedCode());
    }
}
