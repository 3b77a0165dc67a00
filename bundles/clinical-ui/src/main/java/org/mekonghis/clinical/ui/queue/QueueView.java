package org.mekonghis.clinical.ui.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
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

import org.mekonghis.clinical.ui.internal.Age;
import org.mekonghis.clinical.ui.internal.Folded;
import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.LiveUpdates;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientCache;
import org.mekonghis.clinical.ui.patient.PatientLabels;
import org.mekonghis.clinical.ui.patient.PatientLinks;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.QueueEntry;
import org.mekonghis.encounter.api.QueueStatus;
import org.mekonghis.encounter.api.RoomDto;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The doctor's room queue (hàng đợi phòng khám): today's patients of one clinic room with their
 * status, "call next" (F9), starting a patient out of turn, finishing a consultation, and the
 * chart of each patient (Enter on a row). New check-ins appear without a reload: the screen asks
 * the queue's revision at every {@link LiveUpdates} tick and reloads only when it changed.
 */
final class QueueView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QueueView.class);

    /** One line of the queue: the entry and its patient, when the user may read it. */
    record Row(QueueEntry entry, Optional<PatientDto> patient) {
    }

    private final transient EncounterService encounters;
    private final Texts texts;
    private final Formats formats;
    private final transient Clock clock;
    private final transient Principal principal;
    private final transient PatientCache patients;
    private final transient Consumer<String> rememberRoom;

    private final ComboBox<RoomDto> room = new ComboBox<>();
    private final Span day = new Span();
    private final Span counts = new Span();
    private final Button callNext = new Button();
    private final HorizontalLayout current = new HorizontalLayout();
    private final Grid<Row> grid = new Grid<>();
    private transient Row focused;
    private long revision = -1;

    QueueView(EncounterService encounters, DepartmentService departments, PatientCache patients,
            LiveUpdates live, Texts texts, Formats formats, Clock clock, Principal principal, String initialRoom,
            Consumer<String> rememberRoom) {
        this.encounters = encounters;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.principal = principal;
        this.patients = patients;
        this.rememberRoom = rememberRoom;
        setId("queue");
        setSizeFull();

        List<RoomDto> rooms = departments.rooms(null, false);
        room.setId("queue-room");
        room.setLabel(texts.get("clinical.queue.room"));
        room.setItemLabelGenerator(RoomDto::name);
        room.setItems(Folded.filter(room.getItemLabelGenerator()), rooms);
        room.setWidth("20rem");
        room.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                rememberRoom.accept(e.getValue().code());
            }
            revision = -1;
            reload();
        });

        callNext.setText(texts.get("clinical.queue.callNext"));
        callNext.setIcon(VaadinIcon.BELL.create());
        callNext.setId("queue-call-next");
        callNext.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        callNext.addClickListener(e -> callNext());
        callNext.setVisible(principal.has(EncounterService.PERMISSION_QUEUE));
        Shortcuts.addShortcutListener(this, this::callNext, Key.F9);

        day.setId("queue-day");
        counts.setId("queue-counts");
        HorizontalLayout toolbar = new HorizontalLayout(room, callNext, day, counts);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        current.setId("queue-current");
        current.setAlignItems(FlexComponent.Alignment.BASELINE);
        current.setVisible(false);
        buildGrid();
        add(new H2(texts.get("clinical.queue.title")), toolbar, current, grid);
        setFlexGrow(1, grid);

        rooms.stream().filter(r -> r.code().equals(initialRoom)).findFirst().ifPresent(room::setValue);
        if (room.isEmpty()) {
            grid.setEmptyStateText(texts.get("clinical.queue.chooseRoom"));
            room.focus();
        } else {
            grid.focus();
        }
        live.watch(this, principal, this::poll);
    }

    private void buildGrid() {
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.entry().queueNumber()).setHeader(texts.get("clinical.queue.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.patient().map(PatientDto::fullName).orElse("—"))
                .setHeader(texts.get("clinical.patient.fullName")).setFlexGrow(2);
        grid.addColumn(r -> r.patient().map(PatientDto::code).orElse("")).setHeader(texts.get("clinical.patient.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.patient().map(this::age).orElse("")).setHeader(texts.get("clinical.queue.age"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.patient().map(p -> PatientLabels.sex(p.sex(), texts)).orElse(""))
                .setHeader(texts.get("clinical.patient.sex")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> texts.get("clinical.coverage." + r.entry().coverageType().name()))
                .setHeader(texts.get("clinical.checkIn.coverage")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(texts.get("clinical.queue.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> formats.time(r.entry().checkedInAt())).setHeader(texts.get("clinical.queue.checkedIn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setWidth("15rem").setFlexGrow(0);
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                openChart(focused);
            }
        }, Key.ENTER).listenOn(grid);
    }

    private String age(PatientDto p) {
        Age age = Age.of(p.birthDate(), p.birthYear() == 0 ? null : p.birthYear(), today());
        return age == null ? "" : age.describe(texts);
    }

    private Component status(Row r) {
        QueueStatus s = r.entry().status();
        Badge badge = new Badge(texts.get("clinical.queueStatus." + s.name()));
        switch (s) {
            case WAITING -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            case IN_PROGRESS -> badge.addThemeVariants(BadgeVariant.SUCCESS, BadgeVariant.FILLED);
            case DONE -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            default -> {
            }
        }
        badge.getElement().setAttribute("data-status", s.name());
        badge.getElement().setAttribute("data-number", Integer.toString(r.entry().queueNumber()));
        if (!r.entry().encounterOpen() && s != QueueStatus.DONE) {
            badge.setText(texts.get("clinical.queue.closed"));
            badge.getElement().setAttribute("data-status", "CLOSED");
        }
        return badge;
    }

    private Component actions(Row r) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setSpacing(false);
        boolean mayQueue = principal.has(EncounterService.PERMISSION_QUEUE) && r.entry().encounterOpen();
        if (mayQueue && r.entry().status() == QueueStatus.WAITING) {
            bar.add(small(texts.get("clinical.queue.start"), "queue-start-" + r.entry().queueNumber(),
                    () -> started(encounters.startConsultation(r.entry().encounterId()))));
        }
        if (mayQueue && r.entry().status() == QueueStatus.IN_PROGRESS) {
            bar.add(small(texts.get("clinical.queue.finish"), "queue-finish-" + r.entry().queueNumber(),
                    () -> finished(encounters.finishConsultation(r.entry().encounterId()))));
        }
        Anchor chart = new Anchor(PatientLinks.chart(r.entry().patientId()), texts.get("clinical.reception.chart"));
        chart.getElement().setAttribute("tabindex", "-1");
        bar.add(chart);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Button small(String caption, String id, Runnable action) {
        Button b = new Button(caption, e -> run(action));
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        b.setId(id);
        b.setTabIndex(-1);
        return b;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
        reload();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(formats.zone()));
    }

    /** Calls the next waiting patient in and starts the consultation. */
    void callNext() {
        RoomDto r = room.getValue();
        if (r == null || !callNext.isVisible()) {
            return;
        }
        run(() -> encounters.callNext(r.code()).ifPresentOrElse(this::started,
                () -> Notices.success(texts.get("clinical.queue.nobodyWaiting"))));
    }

    private void started(EncounterDto e) {
        String name = patients.get(e.patientId()).map(PatientDto::fullName).orElse("");
        Notices.success(texts.get("clinical.queue.called", e.queueNumber(), name));
    }

    private void finished(EncounterDto e) {
        Notices.success(texts.get("clinical.queue.finished", e.queueNumber()));
    }

    private void openChart(Row r) {
        UI.getCurrent().navigate(PatientLinks.chart(r.entry().patientId()));
    }

    /** Called at every tick: reloads when the room's queue changed since the last load. */
    private void poll() {
        RoomDto r = room.getValue();
        try {
            if (r != null && encounters.queueRevision(r.code(), today()) != revision) {
                reload();
            }
        } catch (MekongException e) {
            // e.g. the room was deactivated meanwhile: the screen keeps what it shows until the user acts
            LOG.debug("queue of room {} not refreshed: {}", r.code(), e.getMessage());
        }
    }

    private void reload() {
        LocalDate d = today();
        day.setText(texts.get("clinical.queue.day", formats.date(d)));
        RoomDto r = room.getValue();
        if (r == null) {
            grid.setItems(List.of());
            counts.setText("");
            current.setVisible(false);
            return;
        }
        try {
            long rev = encounters.queueRevision(r.code(), d);
            List<Row> rows = encounters.roomQueue(r.code(), d).stream()
                    .map(q -> new Row(q, patients.get(q.patientId()))).toList();
            revision = rev;
            grid.setItems(rows);
            grid.setEmptyStateText(texts.get("clinical.queue.empty"));
            long waiting = rows.stream().filter(x -> x.entry().status() == QueueStatus.WAITING
                    && x.entry().encounterOpen()).count();
            long inProgress = rows.stream().filter(x -> x.entry().status() == QueueStatus.IN_PROGRESS).count();
            long done = rows.stream().filter(x -> x.entry().status() == QueueStatus.DONE).count();
            counts.setText(texts.get("clinical.queue.counts", waiting, inProgress, done));
            showCurrent(rows);
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    /** The patient in consultation now, with the chart link and "finish". */
    private void showCurrent(List<Row> rows) {
        current.removeAll();
        Optional<Row> inProgress = rows.stream().filter(x -> x.entry().status() == QueueStatus.IN_PROGRESS)
                .reduce((a, b) -> b);
        current.setVisible(inProgress.isPresent());
        inProgress.ifPresent(x -> {
            Span who = new Span(texts.get("clinical.queue.current", x.entry().queueNumber(),
                    x.patient().map(PatientDto::fullName).orElse("—")));
            who.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
            Anchor chart = new Anchor(PatientLinks.chart(x.entry().patientId()),
                    texts.get("clinical.queue.openChart"));
            chart.setId("queue-current-chart");
            current.add(who, chart);
            if (principal.has(EncounterService.PERMISSION_QUEUE)) {
                Button finish = new Button(texts.get("clinical.queue.finish"),
                        e -> run(() -> finished(encounters.finishConsultation(x.entry().encounterId()))));
                finish.setId("queue-current-finish");
                current.add(finish);
            }
        });
    }
}
