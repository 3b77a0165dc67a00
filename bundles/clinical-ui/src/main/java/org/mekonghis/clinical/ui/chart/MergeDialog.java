package org.mekonghis.clinical.ui.chart;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientLabels;
import org.mekonghis.clinical.ui.patient.PatientPicker;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.MekongException;

/**
 * Merges two records of one person: the record shown and one picked by search. By default the
 * picked record is merged into the one shown; an unidentified emergency record is rather merged
 * into the patient's real record.
 */
final class MergeDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    enum Direction {
        PICKED_INTO_THIS, THIS_INTO_PICKED
    }

    private final transient PatientService patients;
    private final Texts texts;
    private final Formats formats;
    private final transient PatientDto shown;
    private final transient Consumer<PatientDto> onMerged;
    private final PatientPicker picker;
    private final Span picked = new Span();
    private final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    private final TextField reason = new TextField();
    private final FieldErrorDisplay errors;
    private transient PatientDto other;

    /** @param onMerged called with the surviving record */
    MergeDialog(PatientService patients, Texts texts, Formats formats, PatientDto shown,
            Consumer<PatientDto> onMerged) {
        this.patients = patients;
        this.texts = texts;
        this.formats = formats;
        this.shown = shown;
        this.onMerged = onMerged;
        this.errors = new FieldErrorDisplay(texts);
        setId("merge-dialog");
        setHeaderTitle(texts.get("clinical.merge.title"));
        setWidth("52rem");
        setMaxWidth("100%");
        picker = new PatientPicker(patients, texts, formats, "merge-picker", this::pick);
        picked.setId("merge-picked");
        direction.setId("merge-direction");
        direction.setLabel(texts.get("clinical.merge.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> texts.get("clinical.merge.direction." + d.name()));
        direction.setValue(shown.unidentified() ? Direction.THIS_INTO_PICKED : Direction.PICKED_INTO_THIS);
        direction.setVisible(false);
        reason.setId("merge-reason");
        reason.setLabel(texts.get("clinical.merge.reason"));
        reason.setWidthFull();
        reason.setMaxLength(PatientService.DESCRIPTION_MAX_LENGTH);
        errors.field("reason", reason);
        add(new Paragraph(texts.get("clinical.merge.shown", PatientLabels.summary(shown, texts, formats))), picker,
                picked, direction, reason);
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> close());
        Button merge = new Button(texts.get("clinical.merge.submit"), e -> merge());
        merge.setId("merge-submit");
        merge.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        merge.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, merge);
        picker.focus();
    }

    private void pick(PatientDto p) {
        if (p.id().equals(shown.id())) {
            Notices.error(texts.get("clinical.merge.same"));
            return;
        }
        other = p;
        picked.setText(texts.get("clinical.merge.picked", PatientLabels.summary(p, texts, formats)));
        direction.setVisible(true);
        reason.focus();
    }

    void merge() {
        if (other == null) {
            picker.selected().ifPresent(this::pick);
        }
        if (other == null) {
            Notices.error(texts.get("clinical.merge.pickFirst"));
            return;
        }
        boolean intoThis = direction.getValue() == Direction.PICKED_INTO_THIS;
        try {
            PatientDto survivor = intoThis ? patients.merge(shown.id(), other.id(), reason.getValue())
                    : patients.merge(other.id(), shown.id(), reason.getValue());
            close();
            Notices.success(texts.get("clinical.merge.done", survivor.code()));
            onMerged.accept(survivor);
        } catch (InvalidPatientException e) {
            errors.show(e).forEach(unshown -> Notices.error(texts.of(unshown)));
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }
}
