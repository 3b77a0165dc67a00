package org.mekonghis.clinical.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.Diagnosis;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterStatus;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.RoomDto;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.terminology.api.Icd10Service;

/**
 * The patient's encounters, latest first: when, what kind, where, status, outcome and diagnoses.
 * Doctors set the diagnoses of an open encounter from here.
 */
final class EncounterTimeline extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient EncounterService encounters;
    private final transient Icd10Service icd10;
    private final Texts texts;
    private final Formats formats;
    private final transient Principal principal;
    private final String patientId;
    private final transient Map<String, String> departmentNames;
    private final transient Map<String, String> roomNames;
    private final Grid<EncounterDto> grid = new Grid<>();

    EncounterTimeline(EncounterService encounters, DepartmentService departments, Icd10Service icd10, Texts texts,
            Formats formats, Principal principal, String patientId) {
        this.encounters = encounters;
        this.icd10 = icd10;
        this.texts = texts;
        this.formats = formats;
        this.principal = principal;
        this.patientId = patientId;
        this.departmentNames = departments.departments(true).stream()
                .collect(Collectors.toMap(DepartmentDto::code, DepartmentDto::name, (a, b) -> a));
        this.roomNames = departments.rooms(null, true).stream()
                .collect(Collectors.toMap(RoomDto::code, RoomDto::name, (a, b) -> a));
        setId("chart-encounters");
        setPadding(false);
        setSizeFull();
        grid.setId("chart-encounters-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> formats.dateTime(e.openedAt())).setHeader(texts.get("clinical.timeline.date"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(e -> texts.get("clinical.encounterType." + e.type().name()) + " · " + e.code())
                .setHeader(texts.get("clinical.timeline.type")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(this::where).setHeader(texts.get("clinical.timeline.where")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(texts.get("clinical.timeline.status")).setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.outcome() == null ? "" : texts.get("clinical.outcome." + e.outcome().name()))
                .setHeader(texts.get("clinical.timeline.outcome")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::diagnoses).setHeader(texts.get("clinical.timeline.diagnoses")).setFlexGrow(4);
        grid.addComponentColumn(this::actions).setWidth("11rem").setFlexGrow(0);
        grid.setEmptyStateText(texts.get("clinical.timeline.empty"));
        add(grid);
        reload();
    }

    void reload() {
        try {
            grid.setItems(encounters.listByPatient(patientId));
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    private String where(EncounterDto e) {
        List<String> parts = new ArrayList<>();
        parts.add(departmentNames.getOrDefault(e.departmentCode(), e.departmentCode()));
        if (e.roomCode() != null) {
            parts.add(roomNames.getOrDefault(e.roomCode(), e.roomCode()));
        }
        if (e.type() == EncounterType.INPATIENT && e.bedCode() != null) {
            parts.add(texts.get("clinical.timeline.bed", e.bedCode()));
        }
        return String.join(" · ", parts);
    }

    private String status(EncounterDto e) {
        String s = texts.get("clinical.encounterStatus." + e.status().name());
        if (e.status() == EncounterStatus.OPEN && e.queueStatus() != null) {
            s += " · " + texts.get("clinical.queueStatus." + e.queueStatus().name());
        }
        if (e.onLeaveUntil() != null) {
            s += " · " + texts.get("clinical.census.onLeaveUntil", formats.date(e.onLeaveUntil()));
        }
        return s;
    }

    private String diagnosisLabel(Diagnosis d) {
        String name = "en".equals(texts.locale().getLanguage()) && d.nameEn() != null ? d.nameEn() : d.nameVi();
        return d.code() + " " + name;
    }

    private Component diagnoses(EncounterDto e) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (e.primaryDiagnosis() != null) {
            Span main = new Span(diagnosisLabel(e.primaryDiagnosis()));
            main.getStyle().set("font-weight", "600");
            main.addClassName("diagnosis-primary");
            list.add(main);
        }
        for (Diagnosis d : e.secondaryDiagnoses()) {
            Span other = new Span(diagnosisLabel(d));
            other.addClassName("diagnosis-secondary");
            list.add(other);
        }
        return list;
    }

    private Component actions(EncounterDto e) {
        VerticalLayout bar = new VerticalLayout();
        bar.setPadding(false);
        bar.setSpacing(false);
        if (e.status() != EncounterStatus.OPEN) {
            return bar;
        }
        if (principal.has(EncounterService.PERMISSION_DIAGNOSE)) {
            Button diagnose = new Button(texts.get("clinical.diagnosis.edit"),
                    click -> new DiagnosisDialog(encounters, icd10, texts, e, saved -> reload()).open());
            diagnose.addThemeVariants(ButtonVariant.SMALL);
            diagnose.setId("chart-diagnose-" + e.code());
            bar.add(diagnose);
        }
        // an inpatient stay ends with the discharge, in the ward census
        if (e.type() != EncounterType.INPATIENT && principal.has(EncounterService.PERMISSION_CLOSE)) {
            Button close = new Button(texts.get("clinical.closeVisit.open"),
                    click -> new CloseVisitDialog(encounters, texts, e, closed -> reload()).open());
            close.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            close.setId("chart-close-" + e.code());
            bar.add(close);
        }
        return bar;
    }
}
