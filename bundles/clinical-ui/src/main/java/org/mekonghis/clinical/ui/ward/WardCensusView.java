package org.mekonghis.clinical.ui.ward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.mekonghis.clinical.ui.internal.Folded;
import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientCache;
import org.mekonghis.clinical.ui.patient.PatientLinks;
import org.mekonghis.encounter.api.BedCensus;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.WardCensus;
import org.mekonghis.encounter.api.WardDto;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.security.Principal;

/**
 * The ward census (buồng bệnh) of one inpatient department: every bed with its patient, days of
 * treatment and leave, the totals of occupied and free beds, and the inpatient actions: admit into
 * a free bed, transfer, leave and return, discharge. Each load of the census is an audited read of
 * the department's patient list, so the screen reloads after an action or on request (F5 in the
 * page, or the refresh button), not on a timer.
 */
final class WardCensusView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient WardServices services;
    private final Texts texts;
    private final Formats formats;
    private final transient Clock clock;
    private final transient Principal principal;
    private final transient PatientCache patients;
    private final transient Map<String, String> departmentNames;
    private final transient List<DepartmentDto> inpatientDepartments;

    private final ComboBox<DepartmentDto> department = new ComboBox<>();
    private final Span totals = new Span();
    private final Grid<BedCensus> grid = new Grid<>();
    private transient Map<String, String> wardNames = Map.of();
    private transient WardCensus census;
    private transient BedCensus focused;

    WardCensusView(WardServices services, Texts texts, Formats formats, Clock clock, Principal principal,
            String initialDepartment, Consumer<String> rememberDepartment) {
        this.services = services;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.principal = principal;
        this.patients = new PatientCache(services.patients());
        List<DepartmentDto> all = services.departments().departments(false);
        this.departmentNames = all.stream().collect(Collectors.toMap(DepartmentDto::code, DepartmentDto::name,
                (a, b) -> a));
        Set<String> withWards = services.departments().wards(null, false).stream().map(WardDto::departmentCode)
                .collect(Collectors.toSet());
        this.inpatientDepartments = all.stream().filter(d -> withWards.contains(d.code())).toList();
        setId("census");
        setSizeFull();

        department.setId("census-department");
        department.setLabel(texts.get("clinical.census.department"));
        department.setItemLabelGenerator(DepartmentDto::name);
        department.setItems(Folded.filter(department.getItemLabelGenerator()), inpatientDepartments);
        department.setWidth("22rem");
        department.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                rememberDepartment.accept(e.getValue().code());
            }
            reload();
        });
        Button refresh = new Button(texts.get("clinical.census.refresh"), VaadinIcon.REFRESH.create(),
                e -> reload());
        refresh.setId("census-refresh");
        Button admit = new Button(texts.get("clinical.census.admit"), VaadinIcon.PLUS.create(), e -> openAdmit(null));
        admit.setId("census-admit");
        admit.addThemeVariants(ButtonVariant.PRIMARY);
        admit.setVisible(principal.has(EncounterService.PERMISSION_INPATIENT));
        totals.setId("census-totals");
        totals.getStyle().set("font-weight", "600");
        HorizontalLayout toolbar = new HorizontalLayout(department, admit, refresh, totals);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        buildGrid();
        add(new H2(texts.get("clinical.census.title")), toolbar, grid);
        setFlexGrow(1, grid);

        inpatientDepartments.stream().filter(d -> d.code().equals(initialDepartment)).findFirst()
                .ifPresent(department::setValue);
        if (department.isEmpty()) {
            grid.setEmptyStateText(texts.get("clinical.census.chooseDepartment"));
            department.focus();
        }
    }

    private void buildGrid() {
        grid.setId("census-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // fixed widths: the grid is often built empty, when automatic widths would come out too narrow
        grid.addColumn(BedCensus::bedCode).setHeader(texts.get("clinical.census.bed")).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(b -> wardNames.getOrDefault(b.wardCode(), b.wardCode()))
                .setHeader(texts.get("clinical.census.ward")).setWidth("9rem").setFlexGrow(1);
        grid.addComponentColumn(this::occupant).setHeader(texts.get("clinical.census.patient")).setWidth("13rem")
                .setFlexGrow(2);
        grid.addColumn(b -> b.occupied() ? Integer.toString(b.daysOfStay()) : "")
                .setHeader(texts.get("clinical.census.days")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(b -> b.occupied() ? formats.date(b.admittedAt()) : "")
                .setHeader(texts.get("clinical.census.admitted")).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(texts.get("clinical.census.state")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setWidth("16rem").setFlexGrow(0);
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null && !focused.occupied()) {
                openAdmit(focused);
            }
        }, Key.ENTER).listenOn(grid);
    }

    private Optional<PatientDto> patientOf(BedCensus b) {
        return b.occupied() ? patients.get(b.patientId()) : Optional.empty();
    }

    private String name(BedCensus b) {
        return patientOf(b).map(PatientDto::fullName).orElse("");
    }

    private Component occupant(BedCensus b) {
        if (!b.occupied()) {
            return new Span();
        }
        Optional<PatientDto> p = patientOf(b);
        Anchor link = new Anchor(PatientLinks.chart(b.patientId()),
                p.map(x -> x.fullName() + " · " + x.code()).orElse(texts.get("clinical.census.patientHidden")));
        link.getElement().setAttribute("tabindex", "-1");
        link.setId("census-patient-" + b.bedCode());
        return link;
    }

    private Component state(BedCensus b) {
        Badge badge;
        if (!b.occupied()) {
            badge = new Badge(texts.get("clinical.census.free"));
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        } else if (b.onLeave()) {
            badge = new Badge(texts.get("clinical.census.onLeave"));
            badge.addThemeVariants(BadgeVariant.WARNING);
        } else {
            badge = new Badge(texts.get("clinical.census.occupied"));
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        badge.setId("census-state-" + b.bedCode());
        badge.getElement().setAttribute("data-state", !b.occupied() ? "FREE" : b.onLeave() ? "ON_LEAVE" : "OCCUPIED");
        return badge;
    }

    private Component actions(BedCensus b) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setSpacing(false);
        if (!principal.has(EncounterService.PERMISSION_INPATIENT)) {
            return bar;
        }
        if (!b.occupied()) {
            bar.add(small("clinical.census.admitHere", "census-admit-" + b.bedCode(), () -> openAdmit(b)));
            return bar;
        }
        if (b.onLeave()) {
            bar.add(small("clinical.census.return", "census-return-" + b.bedCode(), () -> endLeave(b)));
        } else {
            bar.add(small("clinical.census.transfer", "census-transfer-" + b.bedCode(), () -> new TransferDialog(
                    services, texts, name(b), b, inpatientDepartments, department.getValue(), this::freeBeds,
                    this::reload).open()));
            bar.add(small("clinical.census.leave", "census-leave-" + b.bedCode(), () -> new LeaveDialog(services,
                    texts, name(b), b, LocalDate.now(clock.withZone(formats.zone())), this::reload).open()));
        }
        bar.add(small("clinical.census.discharge", "census-discharge-" + b.bedCode(),
                () -> new DischargeDialog(services, texts, name(b), b, this::reload).open()));
        return bar;
    }

    private Button small(String key, String id, Runnable action) {
        Button button = new Button(texts.get(key), e -> {
            try {
                action.run();
            } catch (MekongException ex) {
                Notices.error(texts, ex);
            }
        });
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setId(id);
        button.setTabIndex(-1);
        return button;
    }

    private void endLeave(BedCensus b) {
        services.inpatients().endLeave(b.encounterId());
        Notices.success(texts.get("clinical.leave.returned", name(b)));
        reload();
    }

    private List<BedCensus> freeBeds(String departmentCode) {
        if (census != null && departmentCode.equals(census.departmentCode())) {
            return census.beds().stream().filter(b -> !b.occupied()).toList();
        }
        return services.inpatients().census(departmentCode).beds().stream().filter(b -> !b.occupied()).toList();
    }

    private void openAdmit(BedCensus bed) {
        DepartmentDto d = department.getValue();
        if (d == null || census == null) {
            department.focus();
            return;
        }
        new AdmitDialog(services, texts, formats, d.code(), d.name(), departmentNames, freeBeds(d.code()), bed,
                this::reload).open();
    }

    private void reload() {
        DepartmentDto d = department.getValue();
        focused = null;
        if (d == null) {
            census = null;
            grid.setItems(List.of());
            totals.setText("");
            return;
        }
        try {
            wardNames = services.departments().wards(d.code(), true).stream()
                    .collect(Collectors.toMap(WardDto::code, WardDto::name, (a, b) -> a));
            census = services.inpatients().census(d.code());
            grid.setItems(census.beds());
            grid.setEmptyStateText(texts.get("clinical.census.noBeds"));
            totals.setText(texts.get("clinical.census.totals", census.occupied(), census.free()));
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }
}
