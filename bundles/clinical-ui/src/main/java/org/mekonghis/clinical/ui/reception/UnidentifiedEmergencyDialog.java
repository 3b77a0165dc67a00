package org.mekonghis.clinical.ui.reception;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Folded;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientLabels;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;

/**
 * Emergency registration of a patient nobody can name yet: sex, approximate age and a
 * description, and at once an emergency encounter. The record is merged into the patient's own
 * record once identified (patient chart, "Merge").
 */
final class UnidentifiedEmergencyDialog extends Dialog {
    private static final long serialVersionUID = 1L;
    /** The emergency department of a fresh installation, proposed first. */
    static final String EMERGENCY_DEPARTMENT = "CC";

    private final transient ReceptionServices services;
    private final Texts texts;
    private final transient Consumer<PatientDto> onRegistered;
    private final FieldErrorDisplay errors;

    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    final IntegerField age = new IntegerField();
    final TextArea description = new TextArea();
    final ComboBox<DepartmentDto> department = new ComboBox<>();

    UnidentifiedEmergencyDialog(ReceptionServices services, Texts texts, Consumer<PatientDto> onRegistered) {
        this.services = services;
        this.texts = texts;
        this.onRegistered = onRegistered;
        this.errors = new FieldErrorDisplay(texts);
        setId("unidentified-dialog");
        setHeaderTitle(texts.get("clinical.unidentified.title"));
        setWidth("36rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        sex.setLabel(texts.get("clinical.patient.sex"));
        sex.setId("unidentified-sex");
        sex.setItems(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN);
        sex.setItemLabelGenerator(s -> PatientLabels.sex(s, texts));
        age.setLabel(texts.get("clinical.unidentified.age"));
        age.setId("unidentified-age");
        age.setMin(0);
        age.setMax(PatientService.APPROXIMATE_AGE_MAX);
        age.setStepButtonsVisible(false);
        description.setLabel(texts.get("clinical.unidentified.description"));
        description.setId("unidentified-description");
        description.setPlaceholder(texts.get("clinical.unidentified.description.placeholder"));
        description.setMaxLength(EncounterService.REASON_MAX_LENGTH);
        description.setRequiredIndicatorVisible(true);
        department.setLabel(texts.get("clinical.checkIn.department"));
        department.setId("unidentified-department");
        department.setItemLabelGenerator(DepartmentDto::name);
        List<DepartmentDto> departments = services.encounters().departments();
        department.setItems(Folded.filter(department.getItemLabelGenerator()), departments);
        departments.stream().filter(d -> d.code().equals(EMERGENCY_DEPARTMENT)).findFirst()
                .or(() -> departments.stream().findFirst()).ifPresent(department::setValue);
        errors.field("sex", sex).field("approximateAge", age).field("description", description)
                .field("departmentCode", department);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.add(sex, 2);
        form.add(age, department);
        form.add(description, 2);
        add(form);
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> close());
        cancel.setId("unidentified-cancel");
        Button save = new Button(texts.get("clinical.unidentified.submit"), e -> submit());
        save.setId("unidentified-submit");
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, save);
        sex.getElement().callJsFunction("focus");
    }

    void submit() {
        try {
            EncounterDto opened = services.encounters().openEmergencyUnidentified(sex.getValue(), age.getValue(),
                    description.getValue() == null || description.getValue().isBlank() ? null
                            : description.getValue().strip(),
                    department.getValue() == null ? null : department.getValue().code());
            PatientDto patient = services.patients().get(opened.patientId());
            close();
            Notices.success(texts.get("clinical.unidentified.done", patient.code(), opened.code()));
            onRegistered.accept(patient);
        } catch (InvalidEncounterException | InvalidPatientException e) {
            showInvalid(e);
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    private void showInvalid(InvalidInputException e) {
        List<FieldError> unshown = errors.show(e);
        if (!unshown.isEmpty()) {
            Notices.error(texts.of(unshown));
        }
    }
}
