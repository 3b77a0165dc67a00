package org.mekonghis.clinical.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.Diagnosis;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.terminology.api.Icd10Code;
import org.mekonghis.terminology.api.Icd10Service;

/** The doctor's diagnoses of an open encounter: the main diagnosis and comorbidities, picked from ICD-10. */
final class DiagnosisDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final transient EncounterService encounters;
    private final Texts texts;
    private final transient EncounterDto encounter;
    private final transient Consumer<EncounterDto> onSaved;
    private final FieldErrorDisplay errors;
    final ComboBox<Icd10Code> primary;
    final MultiSelectComboBox<Icd10Code> secondary;

    DiagnosisDialog(EncounterService encounters, Icd10Service icd10, Texts texts, EncounterDto encounter,
            Consumer<EncounterDto> onSaved) {
        this.encounters = encounters;
        this.texts = texts;
        this.encounter = encounter;
        this.onSaved = onSaved;
        this.errors = new FieldErrorDisplay(texts);
        setId("diagnosis-dialog");
        setHeaderTitle(texts.get("clinical.diagnosis.title", encounter.code()));
        setWidth("48rem");
        setMaxWidth("100%");
        primary = Icd10Pickers.single(icd10, texts.locale(), texts.get("clinical.diagnosis.primary"));
        primary.setId("diagnosis-primary");
        primary.setPlaceholder(texts.get("clinical.diagnosis.placeholder"));
        primary.setRequiredIndicatorVisible(true);
        secondary = Icd10Pickers.multiple(icd10, texts.locale(), texts.get("clinical.diagnosis.secondary"));
        secondary.setId("diagnosis-secondary");
        secondary.setPlaceholder(texts.get("clinical.diagnosis.placeholder"));
        if (encounter.primaryDiagnosis() != null) {
            icd10.find(encounter.primaryDiagnosis().code()).ifPresent(primary::setValue);
        }
        Set<Icd10Code> current = new LinkedHashSet<>();
        for (Diagnosis d : encounter.secondaryDiagnoses()) {
            icd10.find(d.code()).ifPresent(current::add);
        }
        secondary.setValue(current);
        errors.field("primaryCode", primary).field("primary", primary).field("secondaryCodes", secondary)
                .field("secondary", secondary);
        VerticalLayout content = new VerticalLayout(primary, secondary);
        content.setPadding(false);
        add(content);
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> close());
        Button save = new Button(texts.get("clinical.common.saveCtrlEnter"), e -> save());
        save.setId("diagnosis-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, save);
        primary.focus();
    }

    void save() {
        List<String> others = new ArrayList<>();
        secondary.getValue().forEach(c -> others.add(c.code()));
        try {
            EncounterDto saved = encounters.setDiagnoses(encounter.id(),
                    primary.getValue() == null ? null : primary.getValue().code(), others);
            close();
            Notices.success(texts.get("clinical.diagnosis.saved"));
            onSaved.accept(saved);
        } catch (InvalidEncounterException e) {
            List<FieldError> unshown = errors.show(e);
            if (!unshown.isEmpty()) {
                Notices.error(texts.of(unshown));
            }
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }
}
