package org.mekonghis.clinical.ui.chart;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import org.mekonghis.clinical.ui.internal.Age;
import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.AddressNames;
import org.mekonghis.clinical.ui.patient.PatientEditor;
import org.mekonghis.clinical.ui.patient.PatientLabels;
import org.mekonghis.clinical.ui.patient.PatientLabels.CardState;
import org.mekonghis.clinical.ui.patient.PatientLinks;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.PatientStatus;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.ui.ChartTabContribution;

/**
 * The frame of a patient's chart: a header with name, age, sex, code and insurance status, the
 * allergies slot, the actions on the record (edit, merge, void, and those of other bundles), and
 * tabs: the encounter timeline first, then the tabs other bundles contribute.
 *
 * <p>The allergies slot is an extension point: a {@link ChartTabContribution} whose
 * {@link ChartTabContribution#id()} is {@value #ALLERGIES_SLOT} is rendered in the header, in
 * place of the "not recorded" caption, instead of as a tab.
 */
final class ChartView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** Id of the chart tab contribution shown in the header's allergies slot rather than as a tab. */
    static final String ALLERGIES_SLOT = "chart.allergies";
    /** The record type of patients for {@link org.mekonghis.platform.api.ui.RecordActionContribution}s. */
    static final String RECORD_TYPE = "patient";

    private final transient ChartServices services;
    private final Texts texts;
    private final Formats formats;
    private final transient Clock clock;
    private final transient Principal principal;
    private PatientDto patient;

    ChartView(ChartServices services, Texts texts, Formats formats, Clock clock, Principal principal,
            PatientDto patient) {
        this.services = services;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.principal = principal;
        this.patient = patient;
        setId("chart");
        setSizeFull();
        build();
    }

    private void build() {
        removeAll();
        List<ChartTabContribution> contributed = services.contributions().chartTabs();
        Optional<ChartTabContribution> allergies = contributed.stream().filter(t -> ALLERGIES_SLOT.equals(t.id()))
                .findFirst();
        add(header(allergies), actions());
        TabSheet tabs = new TabSheet();
        tabs.setId("chart-tabs");
        tabs.setSizeFull();
        tabs.add(texts.get("clinical.chart.tab.encounters"), new EncounterTimeline(services.encounters(),
                services.departments(), services.icd10(), texts, formats, principal, patient.id()));
        Map<Tab, ChartTabContribution> lazy = new HashMap<>();
        for (ChartTabContribution tab : contributed) {
            if (ALLERGIES_SLOT.equals(tab.id())) {
                continue;
            }
            Div holder = new Div();
            holder.setSizeFull();
            Tab added = tabs.add(texts.get(tab.titleKey()), holder);
            added.setId("chart-tab-" + tab.id().replaceAll("[^A-Za-z0-9_-]", "-"));
            lazy.put(added, tab);
        }
        // a contributed tab is built when first opened: the chart opens fast however many there are
        tabs.addSelectedChangeListener(e -> {
            ChartTabContribution tab = lazy.remove(e.getSelectedTab());
            if (tab != null && tabs.getComponent(e.getSelectedTab()) instanceof Div holder) {
                holder.add(services.contributions().renderTab(tab, patient.id()));
            }
        });
        add(tabs);
        setFlexGrow(1, tabs);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(formats.zone()));
    }

    private Component header(Optional<ChartTabContribution> allergies) {
        H2 name = new H2(patient.fullName());
        name.setId("chart-name");
        name.getStyle().set("margin", "0");
        HorizontalLayout title = new HorizontalLayout(name);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (patient.unidentified()) {
            Badge b = new Badge(texts.get("clinical.chart.unidentified"));
            b.addThemeVariants(BadgeVariant.WARNING);
            title.add(b);
        }
        PatientStatus status = patient.status();
        if (status != PatientStatus.ACTIVE) {
            Badge b = new Badge(texts.get("clinical.chart.status." + status.name()));
            b.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED);
            b.setId("chart-record-status");
            title.add(b);
        }

        Age age = Age.of(patient.birthDate(),
                patient.birthYear() == PatientService.UNKNOWN_BIRTH_YEAR ? null : patient.birthYear(), today());
        String birth = PatientLabels.birth(patient, formats);
        List<String> parts = new ArrayList<>();
        parts.add(age == null ? texts.get("clinical.chart.ageUnknown") : age.describe(texts));
        parts.add(PatientLabels.sex(patient.sex(), texts));
        parts.add(patient.code());
        if (!birth.isEmpty()) {
            parts.add(texts.get("clinical.chart.born", birth));
        }
        Span demographics = new Span(String.join(" · ", parts));
        demographics.setId("chart-demographics");

        CardState card = CardState.of(patient.insuranceCard(), today());
        Badge insurance = new Badge(PatientLabels.card(patient.insuranceCard(), today(), texts, formats));
        insurance.setId("chart-insurance");
        insurance.getElement().setAttribute("data-state", card.name());
        switch (card) {
            case VALID -> insurance.addThemeVariants(BadgeVariant.SUCCESS);
            case EXPIRED, NOT_YET_VALID -> insurance.addThemeVariants(BadgeVariant.ERROR);
            default -> insurance.addThemeVariants(BadgeVariant.CONTRAST);
        }

        Div allergySlot = new Div();
        allergySlot.setId("chart-allergies");
        allergySlot.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-left", "3px solid var(--lumo-error-color-50pct, #e57373)");
        allergies.ifPresentOrElse(tab -> allergySlot.add(services.contributions().renderTab(tab, patient.id())),
                () -> allergySlot.add(new Span(texts.get("clinical.chart.allergies.none"))));

        VerticalLayout header = new VerticalLayout(title, demographics, insurance, allergySlot);
        header.setId("chart-header");
        header.setPadding(false);
        header.setSpacing(false);
        header.getStyle().set("gap", "var(--lumo-space-xs)");
        String address = new AddressNames(services.patients()).format(patient.address());
        List<String> contactParts = new ArrayList<>();
        if (patient.phone() != null) {
            contactParts.add(patient.phone());
        }
        if (!address.isEmpty()) {
            contactParts.add(address);
        }
        if (!contactParts.isEmpty()) {
            Span contact = new Span(String.join(" · ", contactParts));
            contact.setId("chart-contact");
            contact.getStyle().set("color", "var(--lumo-secondary-text-color)");
            header.addComponentAtIndex(2, contact);
        }
        if (patient.mergedIntoId() != null) {
            Anchor survivor = new Anchor(PatientLinks.chart(patient.mergedIntoId()),
                    texts.get("clinical.chart.mergedInto"));
            survivor.setId("chart-merged-into");
            header.add(survivor);
        }
        return header;
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("chart-actions");
        boolean active = patient.status() == PatientStatus.ACTIVE;
        if (active && principal.has(PatientService.PERMISSION_UPDATE)) {
            Button edit = new Button(texts.get("clinical.chart.edit"), VaadinIcon.EDIT.create(),
                    e -> new PatientEditor(services.patients(), texts, formats, clock, patient, this::changed,
                            other -> UI.getCurrent().navigate(PatientLinks.chart(other.id()))).open());
            edit.setId("chart-edit");
            bar.add(edit);
        }
        if (active && principal.has(PatientService.PERMISSION_MERGE)) {
            Button merge = new Button(texts.get("clinical.chart.merge"), VaadinIcon.COMPRESS.create(),
                    e -> new MergeDialog(services.patients(), texts, formats, patient, this::merged).open());
            merge.setId("chart-merge");
            bar.add(merge);
        }
        if (active && principal.has(PatientService.PERMISSION_VOID)) {
            Button voidRecord = new Button(texts.get("clinical.chart.void"), VaadinIcon.BAN.create(),
                    e -> new VoidDialog(services.patients(), texts, patient, this::changed).open());
            voidRecord.setId("chart-void");
            voidRecord.addThemeVariants(ButtonVariant.ERROR);
            bar.add(voidRecord);
        }
        bar.add(services.contributions().actionBar(RECORD_TYPE, patient.id()));
        return bar;
    }

    private void changed(PatientDto updated) {
        patient = updated;
        build();
    }

    private void merged(PatientDto survivor) {
        if (survivor.id().equals(patient.id())) {
            changed(survivor);
        } else {
            UI.getCurrent().navigate(PatientLinks.chart(survivor.id()));
        }
    }
}
