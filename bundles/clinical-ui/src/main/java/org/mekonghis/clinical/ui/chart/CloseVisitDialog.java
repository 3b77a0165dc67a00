package org.mekonghis.clinical.ui.chart;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.Closing;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;

/**
 * Ends an outpatient or emergency visit with its outcome: home, referred (to which facility and
 * why), died or left against advice, and the doctor's advice. Admission goes through the ward
 * census, which closes the visit itself.
 */
final class CloseVisitDialog extends Dialog {
    private static final long serialVersionUID = 1L;
    /** The outcomes a visit can be closed with here; {@link EncounterOutcome#ADMITTED} only by admission. */
    static final List<EncounterOutcome> OUTCOMES = List.of(EncounterOutcome.HOME, EncounterOutcome.REFERRED,
            EncounterOutcome.LEFT_AGAINST_ADVICE, EncounterOutcome.DIED);

    private final transient EncounterService encounters;
    private final Texts texts;
    private final transient EncounterDto encounter;
    private final transient Consumer<EncounterDto> onClosed;
    private final FieldErrorDisplay errors;
    final ComboBox<EncounterOutcome> outcome = new ComboBox<>();
    final TextField referredTo = new TextField();
    final TextField referralReason = new TextField();
    final TextArea note = new TextArea();

    CloseVisitDialog(EncounterService encounters, Texts texts, EncounterDto encounter,
            Consumer<EncounterDto> onClosed) {
        this.encounters = encounters;
        this.texts = texts;
        this.encounter = encounter;
        this.onClosed = onClosed;
        this.errors = new FieldErrorDisplay(texts);
        setId("close-visit-dialog");
        setHeaderTitle(texts.get("clinical.closeVisit.title", encounter.code()));
        setWidth("40rem");
        setMaxWidth("100%");
        outcome.setId("close-visit-outcome");
        outcome.setLabel(texts.get("clinical.timeline.outcome"));
        outcome.setItems(OUTCOMES);
        outcome.setItemLabelGenerator(o -> texts.get("clinical.outcome." + o.name()));
        outcome.setValue(EncounterOutcome.HOME);
        outcome.setRequiredIndicatorVisible(true);
        referredTo.setId("close-visit-referred-to");
        referredTo.setLabel(texts.get("clinical.discharge.referredTo"));
        referredTo.setMaxLength(10);
        referralReason.setId("close-visit-referral-reason");
        referralReason.setLabel(texts.get("clinical.discharge.referralReason"));
        referralReason.setMaxLength(EncounterService.REASON_MAX_LENGTH);
        note.setId("close-visit-note");
        note.setLabel(texts.get("clinical.discharge.note"));
        note.setMaxLength(EncounterService.NOTE_MAX_LENGTH);
        outcome.addValueChangeListener(e -> referralVisible());
        referralVisible();
        errors.field("outcome", outcome).field("referredToFacilityCode", referredTo)
                .field("referralReason", referralReason).field("note", note);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(outcome, 2);
        form.add(referredTo, referralReason);
        form.add(note, 2);
        add(form);
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> close());
        Button submit = new Button(texts.get("clinical.closeVisit.submit"), e -> submit());
        submit.setId("close-visit-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, submit);
        outcome.focus();
    }

    private void referralVisible() {
        boolean referral = outcome.getValue() == EncounterOutcome.REFERRED;
        referredTo.setVisible(referral);
        referralReason.setVisible(referral);
    }

    void submit() {
        boolean referral = outcome.getValue() == EncounterOutcome.REFERRED;
        try {
            EncounterDto closed = encounters.close(encounter.id(), new Closing(outcome.getValue(),
                    referral ? blankToNull(referredTo.getValue()) : null,
                    referral ? blankToNull(referralReason.getValue()) : null, blankToNull(note.getValue())));
            close();
            Notices.success(texts.get("clinical.closeVisit.done", closed.code()));
            onClosed.accept(closed);
        } catch (InvalidEncounterException e) {
            List<FieldError> unshown = errors.show(e);
            if (!unshown.isEmpty()) {
                Notices.error(texts.of(unshown));
            }
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
