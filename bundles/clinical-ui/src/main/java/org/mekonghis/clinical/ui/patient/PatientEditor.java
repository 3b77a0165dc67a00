package org.mekonghis.clinical.ui.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.mekonghis.clinical.ui.internal.Age;
import org.mekonghis.clinical.ui.internal.DateFields;
import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Folded;
import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.patient.api.Address;
import org.mekonghis.patient.api.CodeName;
import org.mekonghis.patient.api.DuplicatePatientException;
import org.mekonghis.patient.api.Guardian;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.security.AccessDeniedException;

/**
 * The registration form, also used to change a patient's demographics: every field of the
 * registry, the guardian while the patient is under six, likely duplicates shown while the name
 * and birth year are typed, and the service's refusals shown next to their fields. Ctrl+Enter
 * saves, Esc cancels.
 */
public final class PatientEditor extends Dialog {
    private static final long serialVersionUID = 1L;

    /** Pause after typing before likely duplicates are looked up, in milliseconds. */
    static final int DUPLICATE_LOOKUP_DELAY_MILLIS = 400;
    static final String KINH = "01";

    private final transient PatientService patients;
    private final Texts texts;
    private final transient Clock clock;
    private final Formats formats;
    private final PatientDto existing;
    private final transient Consumer<PatientDto> onSaved;
    private final transient Consumer<PatientDto> onUseExisting;
    private final FieldErrorDisplay errors;

    final TextField fullName = new TextField();
    final DatePicker birthDate;
    final IntegerField birthYear = new IntegerField();
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    final ComboBox<CodeName> ethnicity = new ComboBox<>();
    final ComboBox<CodeName> nationality = new ComboBox<>();
    final TextField occupation = new TextField();
    final TextField phone = new TextField();
    final TextField cccd = new TextField();
    final TextField cardNumber = new TextField();
    final DatePicker cardFrom;
    final DatePicker cardTo;
    final TextField cardFacility = new TextField();
    final DatePicker cardFiveYears;
    final ComboBox<CodeName> province = new ComboBox<>();
    final ComboBox<CodeName> commune = new ComboBox<>();
    final TextField street = new TextField();
    final TextField formerDistrict = new TextField();
    final TextField guardianName = new TextField();
    final TextField guardianRelationship = new TextField();
    final TextField guardianPhone = new TextField();
    final TextField guardianCccd = new TextField();
    private final FormLayout guardianForm = new FormLayout();
    private final VerticalLayout duplicates = new VerticalLayout();
    private final Div refusal = new Div();

    /**
     * @param existing      the patient to change, or null to register a new one
     * @param onSaved       called with the stored patient after a successful save; the dialog is closed
     * @param onUseExisting called when the clerk picks a patient already on file instead; the dialog is closed
     */
    public PatientEditor(PatientService patients, Texts texts, Formats formats, Clock clock, PatientDto existing,
            Consumer<PatientDto> onSaved, Consumer<PatientDto> onUseExisting) {
        this.patients = Objects.requireNonNull(patients, "patients");
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.existing = existing;
        this.onSaved = onSaved;
        this.onUseExisting = onUseExisting;
        this.errors = new FieldErrorDisplay(texts);
        this.birthDate = DateFields.create(texts, texts.get("clinical.patient.birthDate"));
        this.cardFrom = DateFields.create(texts, texts.get("clinical.patient.card.validFrom"));
        this.cardTo = DateFields.create(texts, texts.get("clinical.patient.card.validTo"));
        this.cardFiveYears = DateFields.create(texts, texts.get("clinical.patient.card.fiveYears"));
        setId("patient-editor");
        setHeaderTitle(texts.get(existing == null ? "clinical.patient.new.title" : "clinical.patient.edit.title"));
        setWidth("64rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        buildFields();
        add(form());
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> close());
        cancel.setId("patient-cancel");
        Button save = new Button(texts.get("clinical.common.saveCtrlEnter"), e -> save());
        save.setId("patient-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        getFooter().add(cancel, save);
        if (existing != null) {
            fill(existing);
        }
        updateGuardianVisibility();
        fullName.focus();
    }

    private void buildFields() {
        fullName.setLabel(texts.get("clinical.patient.fullName"));
        fullName.setId("patient-fullname");
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(PatientService.FULL_NAME_MAX_LENGTH);
        fullName.setValueChangeMode(ValueChangeMode.LAZY);
        fullName.setValueChangeTimeout(DUPLICATE_LOOKUP_DELAY_MILLIS);
        fullName.addValueChangeListener(e -> lookUpDuplicates());

        birthDate.setId("patient-birthdate");
        birthDate.setMax(today());
        birthDate.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                birthYear.setValue(e.getValue().getYear());
            }
            updateGuardianVisibility();
        });
        birthYear.setLabel(texts.get("clinical.patient.birthYear"));
        birthYear.setId("patient-birthyear");
        birthYear.setValueChangeMode(ValueChangeMode.LAZY);
        birthYear.setValueChangeTimeout(DUPLICATE_LOOKUP_DELAY_MILLIS);
        birthYear.addValueChangeListener(e -> {
            updateGuardianVisibility();
            lookUpDuplicates();
        });

        sex.setLabel(texts.get("clinical.patient.sex"));
        sex.setId("patient-sex");
        sex.setItems(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN);
        sex.setItemLabelGenerator(s -> texts.get("clinical.sex." + s.name()));
        sex.setRequiredIndicatorVisible(true);

        List<CodeName> ethnicities = catalog(patients::ethnicities);
        ethnicity.setLabel(texts.get("clinical.patient.ethnicity"));
        ethnicity.setId("patient-ethnicity");
        ethnicity.setItemLabelGenerator(c -> c.code() + " – " + c.name());
        ethnicity.setItems(Folded.filter(ethnicity.getItemLabelGenerator()), ethnicities);
        ethnicities.stream().filter(c -> c.code().equals(KINH)).findFirst().ifPresent(ethnicity::setValue);

        List<CodeName> nationalities = catalog(patients::nationalities);
        nationality.setLabel(texts.get("clinical.patient.nationality"));
        nationality.setId("patient-nationality");
        nationality.setItemLabelGenerator(CodeName::name);
        nationality.setItems(Folded.filter(nationality.getItemLabelGenerator()), nationalities);
        nationalities.stream().filter(c -> c.code().equals(PatientService.DEFAULT_NATIONALITY)).findFirst()
                .ifPresent(nationality::setValue);

        occupation.setLabel(texts.get("clinical.patient.occupation"));
        occupation.setId("patient-occupation");
        occupation.setMaxLength(PatientService.OCCUPATION_MAX_LENGTH);
        phone.setLabel(texts.get("clinical.patient.phone"));
        phone.setId("patient-phone");
        phone.setMaxLength(20);
        cccd.setLabel(texts.get("clinical.patient.cccd"));
        cccd.setId("patient-cccd");
        cccd.setMaxLength(20);

        cardNumber.setLabel(texts.get("clinical.patient.card.number"));
        cardNumber.setId("patient-card-number");
        cardNumber.setMaxLength(20);
        cardFrom.setId("patient-card-from");
        cardTo.setId("patient-card-to");
        cardFacility.setLabel(texts.get("clinical.patient.card.facility"));
        cardFacility.setId("patient-card-facility");
        cardFacility.setMaxLength(10);
        cardFiveYears.setId("patient-card-fiveyears");

        province.setLabel(texts.get("clinical.patient.province"));
        province.setId("patient-province");
        province.setItemLabelGenerator(CodeName::name);
        province.setItems(Folded.filter(province.getItemLabelGenerator()), catalog(patients::provinces));
        province.addValueChangeListener(e -> loadCommunes(e.getValue()));
        commune.setLabel(texts.get("clinical.patient.commune"));
        commune.setId("patient-commune");
        commune.setItemLabelGenerator(CodeName::name);
        commune.setEnabled(false);
        commune.addValueChangeListener(e -> lookUpDuplicates());
        street.setLabel(texts.get("clinical.patient.street"));
        street.setId("patient-street");
        street.setMaxLength(200);
        formerDistrict.setLabel(texts.get("clinical.patient.formerDistrict"));
        formerDistrict.setId("patient-former-district");
        formerDistrict.setMaxLength(PatientService.FORMER_DISTRICT_MAX_LENGTH);

        guardianName.setLabel(texts.get("clinical.patient.guardian.fullName"));
        guardianName.setId("guardian-fullname");
        guardianName.setMaxLength(PatientService.FULL_NAME_MAX_LENGTH);
        guardianRelationship.setLabel(texts.get("clinical.patient.guardian.relationship"));
        guardianRelationship.setId("guardian-relationship");
        guardianRelationship.setMaxLength(PatientService.RELATIONSHIP_MAX_LENGTH);
        guardianRelationship.setPlaceholder(texts.get("clinical.patient.guardian.relationship.placeholder"));
        guardianPhone.setLabel(texts.get("clinical.patient.guardian.phone"));
        guardianPhone.setId("guardian-phone");
        guardianCccd.setLabel(texts.get("clinical.patient.guardian.cccd"));
        guardianCccd.setId("guardian-cccd");

        errors.field("fullName", fullName).field("birthDate", birthDate).field("birthYear", birthYear)
                .field("sex", sex).field("ethnicityCode", ethnicity).field("nationalityCode", nationality)
                .field("occupation", occupation).field("phone", phone).field("cccd", cccd)
                .field("insuranceCard", cardNumber).field("insuranceCard.number", cardNumber)
                .field("insuranceCard.validFrom", cardFrom).field("insuranceCard.validTo", cardTo)
                .field("insuranceCard.facilityCode", cardFacility)
                .field("insuranceCard.fiveYearsContinuousFrom", cardFiveYears)
                .field("address", province).field("address.provinceCode", province)
                .field("address.communeCode", commune).field("address.street", street)
                .field("address.formerDistrict", formerDistrict).field("guardian", guardianName)
                .field("guardian.fullName", guardianName).field("guardian.relationship", guardianRelationship)
                .field("guardian.phone", guardianPhone).field("guardian.cccd", guardianCccd);

        duplicates.setId("patient-duplicates");
        duplicates.setPadding(false);
        duplicates.setSpacing(false);
        duplicates.setVisible(false);
        refusal.setId("patient-duplicate-refusal");
        refusal.setVisible(false);
    }

    private Component form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("52em", 4));
        form.add(fullName, 2);
        form.add(birthDate, birthYear);
        // right under the name, where the clerk is looking while typing it
        form.add(duplicates, 4);
        form.add(sex, 2);
        form.add(ethnicity, nationality);
        form.add(occupation, phone, cccd);
        form.add(refusal, 4);
        form.add(section("clinical.patient.section.card"), 4);
        form.add(cardNumber, cardFrom, cardTo, cardFacility, cardFiveYears);
        form.add(section("clinical.patient.section.address"), 4);
        form.add(province, commune);
        form.add(street, 2);
        form.add(formerDistrict, 2);
        guardianForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("36em", 2), new FormLayout.ResponsiveStep("52em", 4));
        guardianForm.add(section("clinical.patient.section.guardian"), 4);
        guardianForm.add(guardianName, guardianRelationship, guardianPhone, guardianCccd);
        guardianForm.setId("patient-guardian");
        VerticalLayout all = new VerticalLayout(form, guardianForm);
        all.setPadding(false);
        return all;
    }

    private H4 section(String key) {
        H4 h = new H4(texts.get(key));
        h.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        return h;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(formats.zone()));
    }

    /** A catalog, or an empty list when the user may not read it (the field then stays empty). */
    private static List<CodeName> catalog(Supplier<List<CodeName>> read) {
        try {
            return read.get();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    private void loadCommunes(CodeName chosen) {
        commune.clear();
        List<CodeName> items = chosen == null ? List.of() : catalog(() -> patients.communes(chosen.code()));
        commune.setItems(Folded.filter(commune.getItemLabelGenerator()), items);
        commune.setEnabled(!items.isEmpty());
        commune.setPlaceholder(chosen != null && items.isEmpty() ? texts.get("clinical.patient.commune.none") : null);
    }

    private void updateGuardianVisibility() {
        Age age = Age.of(birthDate.getValue(), birthYear.getValue(), today());
        boolean show = (age != null && age.needsGuardian()) || (existing != null && existing.guardian() != null);
        guardianForm.setVisible(show);
    }

    /** Shows patients already on file who are probably the one being registered. */
    private void lookUpDuplicates() {
        duplicates.removeAll();
        String name = fullName.getValue();
        if (name == null || name.isBlank()) {
            duplicates.setVisible(false);
            return;
        }
        List<PatientDto> found;
        try {
            found = patients.likelyDuplicates(name, birthYear.getValue(),
                    commune.getValue() == null ? null : commune.getValue().code());
        } catch (AccessDeniedException e) {
            found = List.of();
        }
        List<PatientDto> others = found.stream().filter(p -> existing == null || !p.id().equals(existing.id()))
                .toList();
        duplicates.setVisible(!others.isEmpty());
        if (others.isEmpty()) {
            return;
        }
        Span caption = new Span(texts.get("clinical.patient.duplicates.caption", others.size()));
        caption.getStyle().set("font-weight", "600").set("color", "var(--lumo-warning-text-color, #8a6d00)");
        duplicates.add(caption);
        for (PatientDto p : others) {
            Span text = new Span(PatientLabels.summary(p, texts, formats));
            Button use = new Button(texts.get("clinical.patient.duplicates.use"), e -> {
                close();
                onUseExisting.accept(p);
            });
            use.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            use.setId("patient-duplicate-use-" + p.code());
            HorizontalLayout row = new HorizontalLayout(text, use);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("patient-duplicate");
            duplicates.add(row);
        }
    }

    private void fill(PatientDto p) {
        fullName.setValue(p.fullName());
        if (p.birthDate() != null) {
            birthDate.setValue(p.birthDate());
        }
        if (p.birthYear() != PatientService.UNKNOWN_BIRTH_YEAR) {
            birthYear.setValue(p.birthYear());
        }
        sex.setValue(p.sex());
        select(ethnicity, p.ethnicityCode());
        select(nationality, p.nationalityCode());
        occupation.setValue(orEmpty(p.occupation()));
        phone.setValue(orEmpty(p.phone()));
        cccd.setValue(orEmpty(p.cccd()));
        InsuranceCard card = p.insuranceCard();
        if (card != null) {
            cardNumber.setValue(orEmpty(card.number()));
            cardFrom.setValue(card.validFrom());
            cardTo.setValue(card.validTo());
            cardFacility.setValue(orEmpty(card.facilityCode()));
            cardFiveYears.setValue(card.fiveYearsContinuousFrom());
        }
        Address a = p.address();
        if (a != null) {
            select(province, a.provinceCode());
            select(commune, a.communeCode());
            street.setValue(orEmpty(a.street()));
            formerDistrict.setValue(orEmpty(a.formerDistrict()));
        }
        Guardian g = p.guardian();
        if (g != null) {
            guardianName.setValue(orEmpty(g.fullName()));
            guardianRelationship.setValue(orEmpty(g.relationship()));
            guardianPhone.setValue(orEmpty(g.phone()));
            guardianCccd.setValue(orEmpty(g.cccd()));
        }
    }

    private static void select(ComboBox<CodeName> box, String code) {
        if (code == null) {
            box.clear();
            return;
        }
        box.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst().ifPresent(box::setValue);
    }

    /** The draft as entered; blank texts become null, an untouched card, address or guardian is left out. */
    PatientDraft draft() {
        InsuranceCard card = blank(cardNumber) && cardFrom.isEmpty() && cardTo.isEmpty() && blank(cardFacility)
                && cardFiveYears.isEmpty() ? null
                        : new InsuranceCard(value(cardNumber), cardFrom.getValue(), cardTo.getValue(),
                                value(cardFacility), cardFiveYears.getValue());
        Address address = province.isEmpty() && commune.isEmpty() && blank(street) && blank(formerDistrict) ? null
                : new Address(code(province), code(commune), value(street), value(formerDistrict));
        Guardian guardian = !guardianForm.isVisible() || blank(guardianName) && blank(guardianRelationship)
                && blank(guardianPhone) && blank(guardianCccd) ? null
                        : new Guardian(value(guardianName), value(guardianRelationship), value(guardianPhone),
                                value(guardianCccd));
        return new PatientDraft(value(fullName), birthDate.getValue(), birthYear.getValue(), sex.getValue(),
                code(ethnicity), code(nationality), value(occupation), value(phone), value(cccd), card, address,
                guardian);
    }

    void save() {
        refusal.setVisible(false);
        refusal.removeAll();
        PatientDraft draft = draft();
        try {
            PatientDto saved = existing == null ? patients.register(draft) : patients.update(existing.id(), draft);
            errors.clear();
            close();
            Notices.success(texts.get(existing == null ? "clinical.patient.registered" : "clinical.patient.updated",
                    saved.code()));
            onSaved.accept(saved);
        } catch (InvalidPatientException e) {
            List<FieldError> unshown = errors.show(e);
            if (!unshown.isEmpty()) {
                Notices.error(texts.of(unshown));
            }
        } catch (DuplicatePatientException e) {
            showDuplicate(e);
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    private void showDuplicate(DuplicatePatientException e) {
        errors.clear();
        TextField field = e.field().startsWith("insuranceCard") ? cardNumber : cccd;
        field.setErrorMessage(texts.of(e));
        field.setInvalid(true);
        field.focus();
        Span text = new Span(texts.of(e));
        Anchor open = new Anchor(PatientLinks.chart(e.existingPatientId()),
                texts.get("clinical.patient.duplicate.open", e.existingPatientCode()));
        open.setId("patient-duplicate-open");
        open.setTarget("_blank");
        Button use = new Button(texts.get("clinical.patient.duplicates.use"), click -> {
            PatientDto other = patients.get(e.existingPatientId());
            close();
            onUseExisting.accept(other);
        });
        use.addThemeVariants(ButtonVariant.SMALL);
        use.setId("patient-duplicate-use");
        HorizontalLayout row = new HorizontalLayout(text, open, use);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        refusal.add(row);
        refusal.setVisible(true);
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private static boolean blank(TextField f) {
        return f.getValue() == null || f.getValue().isBlank();
    }

    private static String value(TextField f) {
        return blank(f) ? null : f.getValue().strip();
    }

    private static String code(ComboBox<CodeName> box) {
        return box.getValue() == null ? null : box.getValue().code();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
