package org.mekonghis.clinical.ui.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Folded;
import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientLabels;
import org.mekonghis.clinical.ui.patient.PatientLabels.CardState;
import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.EncounterAlreadyOpenException;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.encounter.api.QueueStatus;
import org.mekonghis.encounter.api.RoomDto;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.MekongException;

/**
 * Checks a patient in: outpatient to a clinic room (each shown with how many wait there now) or
 * emergency, the reason for the visit, and who pays: self-pay or health insurance with its route
 * and, for a referral, the referral paper. On success the dialog shows the queue number and the
 * link to print the ticket.
 */
final class CheckInDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final transient ReceptionServices services;
    private final Texts texts;
    private final Formats formats;
    private final transient PatientDto patient;
    private final LocalDate today;
    private final FieldErrorDisplay errors;
    private final transient Map<String, List<RoomDto>> roomsByDepartment;
    private final transient List<DepartmentDto> allDepartments;

    final RadioButtonGroup<EncounterType> type = new RadioButtonGroup<>();
    final ComboBox<DepartmentDto> department = new ComboBox<>();
    final ComboBox<RoomDto> room = new ComboBox<>();
    final TextField reason = new TextField();
    final RadioButtonGroup<CoverageType> coverage = new RadioButtonGroup<>();
    final ComboBox<InsuranceRoute> route = new ComboBox<>();
    final TextField referralNumber = new TextField();
    final TextField referralFacility = new TextField();
    private final Map<String, Long> waiting = new LinkedHashMap<>();

    CheckInDialog(ReceptionServices services, Texts texts, Formats formats, Clock clock, PatientDto patient) {
        this.services = services;
        this.texts = texts;
        this.formats = formats;
        this.patient = patient;
        this.today = LocalDate.now(clock.withZone(formats.zone()));
        this.errors = new FieldErrorDisplay(texts);
        this.allDepartments = services.encounters().departments();
        this.roomsByDepartment = services.departments().rooms(null, false).stream()
                .filter(r -> !Boolean.FALSE.equals(r.active()))
                .collect(Collectors.groupingBy(RoomDto::departmentCode, LinkedHashMap::new, Collectors.toList()));
        setId("checkin-dialog");
        setHeaderTitle(texts.get("clinical.checkIn.title"));
        setWidth("44rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        add(patientLine(), form());
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> close());
        cancel.setId("checkin-cancel");
        Button submit = new Button(texts.get("clinical.checkIn.submit"), e -> submit());
        submit.setId("checkin-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this).resetFocusOnActiveElement();
        getFooter().add(cancel, submit);
        type.setValue(EncounterType.OUTPATIENT);
        coverage.setValue(CardState.of(patient.insuranceCard(), today) == CardState.VALID ? CoverageType.INSURANCE
                : CoverageType.SELF_PAY);
        updateCoverageFields();
        department.focus();
    }

    private Component patientLine() {
        Span who = new Span(PatientLabels.summary(patient, texts, formats));
        who.setId("checkin-patient");
        who.getStyle().set("font-weight", "600");
        Span card = new Span(PatientLabels.card(patient.insuranceCard(), today, texts, formats));
        card.setId("checkin-card");
        card.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout line = new VerticalLayout(who, card);
        line.setPadding(false);
        line.setSpacing(false);
        return line;
    }

    private Component form() {
        type.setLabel(texts.get("clinical.checkIn.type"));
        type.setId("checkin-type");
        type.setItems(EncounterType.OUTPATIENT, EncounterType.EMERGENCY);
        type.setItemLabelGenerator(t -> texts.get("clinical.encounterType." + t.name()));
        type.addValueChangeListener(e -> typeChanged());

        department.setLabel(texts.get("clinical.checkIn.department"));
        department.setId("checkin-department");
        department.setItemLabelGenerator(DepartmentDto::name);
        department.setRequiredIndicatorVisible(true);
        department.addValueChangeListener(e -> departmentChanged());

        room.setLabel(texts.get("clinical.checkIn.room"));
        room.setId("checkin-room");
        room.setItemLabelGenerator(r -> texts.get("clinical.checkIn.roomWaiting", r.name(),
                waiting.getOrDefault(r.code(), 0L)));
        room.setRequiredIndicatorVisible(true);

        reason.setLabel(texts.get("clinical.checkIn.reason"));
        reason.setId("checkin-reason");
        reason.setMaxLength(EncounterService.REASON_MAX_LENGTH);

        coverage.setLabel(texts.get("clinical.checkIn.coverage"));
        coverage.setId("checkin-coverage");
        coverage.setItems(CoverageType.SELF_PAY, CoverageType.INSURANCE);
        coverage.setItemLabelGenerator(c -> texts.get("clinical.coverage." + c.name()));
        coverage.addValueChangeListener(e -> updateCoverageFields());
        route.setLabel(texts.get("clinical.checkIn.route"));
        route.setId("checkin-route");
        route.setItems(InsuranceRoute.values());
        route.setItemLabelGenerator(r -> texts.get("clinical.route." + r.name()));
        route.setValue(InsuranceRoute.CORRECT_ROUTE);
        route.addValueChangeListener(e -> updateCoverageFields());
        referralNumber.setLabel(texts.get("clinical.checkIn.referralNumber"));
        referralNumber.setId("checkin-referral-number");
        referralNumber.setMaxLength(EncounterService.REFERRAL_NUMBER_MAX_LENGTH);
        referralFacility.setLabel(texts.get("clinical.checkIn.referralFacility"));
        referralFacility.setId("checkin-referral-facility");
        referralFacility.setMaxLength(10);

        errors.field("type", type).field("departmentCode", department).field("roomCode", room)
                .field("reason", reason).field("coverage", coverage).field("coverage.type", coverage)
                .field("coverage.route", route).field("coverage.referralNumber", referralNumber)
                .field("coverage.referralFromFacilityCode", referralFacility);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(type, 2);
        form.add(department, room);
        form.add(reason, 2);
        form.add(coverage, route);
        form.add(referralNumber, referralFacility);
        typeChanged();
        return form;
    }

    private void typeChanged() {
        boolean outpatient = type.getValue() != EncounterType.EMERGENCY;
        List<DepartmentDto> offered = outpatient
                ? allDepartments.stream().filter(d -> roomsByDepartment.containsKey(d.code())).toList()
                : allDepartments;
        DepartmentDto current = department.getValue();
        department.setItems(Folded.filter(department.getItemLabelGenerator()), offered);
        if (current != null && offered.contains(current)) {
            department.setValue(current);
        } else if (!offered.isEmpty()) {
            department.setValue(offered.get(0));
        }
        room.setVisible(outpatient);
        if (!outpatient && route.getValue() == InsuranceRoute.CORRECT_ROUTE) {
            route.setValue(InsuranceRoute.EMERGENCY);
        } else if (outpatient && route.getValue() == InsuranceRoute.EMERGENCY) {
            route.setValue(InsuranceRoute.CORRECT_ROUTE);
        }
    }

    /** Lists the department's rooms with how many wait in each, and proposes the one with the fewest. */
    private void departmentChanged() {
        DepartmentDto d = department.getValue();
        List<RoomDto> rooms = d == null ? List.of() : roomsByDepartment.getOrDefault(d.code(), List.of());
        waiting.clear();
        for (RoomDto r : rooms) {
            waiting.put(r.code(), waitingIn(r.code()));
        }
        room.setItems(Folded.filter(room.getItemLabelGenerator()), rooms);
        rooms.stream().min((a, b) -> Long.compare(waiting.get(a.code()), waiting.get(b.code())))
                .ifPresentOrElse(room::setValue, room::clear);
    }

    private long waitingIn(String roomCode) {
        try {
            return services.encounters().roomQueue(roomCode, today).stream()
                    .filter(q -> q.status() == QueueStatus.WAITING && q.encounterOpen()).count();
        } catch (MekongException e) {
            return 0;
        }
    }

    private void updateCoverageFields() {
        boolean insured = coverage.getValue() == CoverageType.INSURANCE;
        route.setVisible(insured);
        boolean referral = insured && route.getValue() == InsuranceRoute.REFERRAL;
        referralNumber.setVisible(referral);
        referralFacility.setVisible(referral);
    }

    EncounterDraft draft() {
        Coverage chosen;
        if (coverage.getValue() == CoverageType.INSURANCE) {
            InsuranceRoute r = route.getValue();
            chosen = r == InsuranceRoute.REFERRAL ? Coverage.referral(blankToNull(referralNumber.getValue()),
                    blankToNull(referralFacility.getValue())) : Coverage.insurance(r);
        } else {
            chosen = Coverage.selfPay();
        }
        EncounterType t = type.getValue();
        return new EncounterDraft(patient.id(), t, department.getValue() == null ? null : department.getValue().code(),
                t == EncounterType.OUTPATIENT && room.getValue() != null ? room.getValue().code() : null,
                blankToNull(reason.getValue()), chosen);
    }

    void submit() {
        try {
            EncounterDto opened = services.encounters().open(draft());
            errors.clear();
            showResult(opened);
        } catch (InvalidEncounterException e) {
            List<FieldError> unshown = errors.show(e);
            if (!unshown.isEmpty()) {
                Notices.error(texts.of(unshown));
            }
        } catch (EncounterAlreadyOpenException e) {
            Notices.error(texts, e);
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    /** Replaces the form by the queue number, the room and the link to print the ticket. */
    private void showResult(EncounterDto encounter) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(texts.get("clinical.checkIn.done.title"));
        Optional<RoomDto> inRoom = Optional.ofNullable(room.getValue()).filter(r -> encounter.roomCode() != null);
        VerticalLayout result = new VerticalLayout();
        result.setAlignItems(FlexComponent.Alignment.CENTER);
        result.setId("checkin-result");
        if (encounter.queueNumber() != null) {
            result.add(new Span(texts.get("clinical.checkIn.done.number")));
            Div number = new Div(Integer.toString(encounter.queueNumber()));
            number.setId("checkin-queue-number");
            number.getStyle().set("font-size", "4rem").set("font-weight", "700").set("line-height", "1");
            result.add(number);
        }
        inRoom.ifPresent(r -> {
            Span where = new Span(r.name());
            where.setId("checkin-result-room");
            where.getStyle().set("font-size", "var(--lumo-font-size-l)");
            result.add(where);
        });
        Span code = new Span(texts.get("clinical.checkIn.done.code", encounter.code()));
        code.setId("checkin-encounter-code");
        result.add(new Span(patient.fullName()), code);
        add(result);
        Button close = new Button(texts.get("clinical.common.close"), e -> close());
        close.setId("checkin-close");
        Component print = services.tickets().link(patient, encounter, inRoom.orElse(null),
                department.getValue(), texts);
        getFooter().add(print, close);
        Notices.success(texts.get("clinical.checkIn.done.notice", patient.fullName(),
                encounter.queueNumber() == null ? encounter.code() : encounter.queueNumber()));
        close.focus();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
