package org.mekonghis.clinical.ui.chart;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.MekongException;

/** Voids a patient's record with a reason; it is kept, never deleted. Enter confirms. */
final class VoidDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final transient PatientService patients;
    private final Texts texts;
    private final transient PatientDto patient;
    private final transient Consumer<PatientDto> onVoided;
    private final TextField reason = new TextField();
    private final FieldErrorDisplay errors;

    VoidDialog(PatientService patients, Texts texts, PatientDto patient, Consumer<PatientDto> onVoided) {
        this.patients = patients;
        this.texts = texts;
        this.patient = patient;
        this.onVoided = onVoided;
        this.errors = new FieldErrorDisplay(texts);
        setId("void-dialog");
        setHeaderTitle(texts.get("clinical.void.title", patient.code()));
        reason.setId("void-reason");
        reason.setLabel(texts.get("clinical.void.reason"));
        reason.setWidth("30rem");
        reason.setMaxLength(PatientService.VOID_REASON_MAX_LENGTH);
        errors.field("reason", reason);
        add(new Paragraph(texts.get("clinical.void.text")), reason);
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> close());
        Button confirm = new Button(texts.get("clinical.void.submit"), e -> confirm());
        confirm.setId("void-submit");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickShortcut(Key.ENTER).listenOn(reason).resetFocusOnActiveElement();
        getFooter().add(cancel, confirm);
        reason.focus();
    }

    void confirm() {
        try {
            PatientDto voided = patients.voidPatient(patient.id(), reason.getValue());
            close();
            Notices.success(texts.get("clinical.void.done", voided.code()));
            onVoided.accept(voided);
        } catch (InvalidPatientException e) {
            errors.show(e).forEach(unshown -> Notices.error(texts.of(unshown)));
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }
}
