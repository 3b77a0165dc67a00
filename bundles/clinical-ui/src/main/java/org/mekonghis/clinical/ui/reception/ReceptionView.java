package org.mekonghis.clinical.ui.reception;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.AddressNames;
import org.mekonghis.clinical.ui.patient.PatientEditor;
import org.mekonghis.clinical.ui.patient.PatientLabels;
import org.mekonghis.clinical.ui.patient.PatientLinks;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientPage;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.platform.api.MekongException;

/**
 * Reception (tiếp đón): one search box over name (without diacritics), patient code, phone,
 * citizen id and card number, with birth-year and sex filters and a paged grid; registration of
 * new patients (F2); check-in of the chosen patient (Enter on a row) with a queue number and a
 * printed ticket; quick registration of an unidentified emergency patient (F4). F3 goes back to
 * the search box.
 */
final class ReceptionView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** Rows fetched per request; the registry allows at most {@value PatientService#PAGE_SIZE_MAX}. */
    static final int PAGE_SIZE = 50;
    /** Pause after typing in the search box before searching, in milliseconds. */
    static final int SEARCH_DELAY_MILLIS = 300;

    private final transient ReceptionServices services;
    private final Texts texts;
    private final Formats formats;
    private final transient Clock clock;
    private final transient AddressNames addresses;

    private final TextField search = new TextField();
    private final IntegerField birthYear = new IntegerField();
    private final ComboBox<Sex> sex = new ComboBox<>();
    private final Grid<PatientDto> grid = new Grid<>();
    private final Span total = new Span();
    private transient PatientDto focused;
    private PatientEditor editor;

    /**
     * @param mayRegister whether the user holds {@code patient.register}: without it, registering is
     *                    not offered (the registry would refuse it anyway)
     */
    ReceptionView(ReceptionServices services, Texts texts, Formats formats, Clock clock, boolean mayRegister) {
        this.services = services;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.addresses = new AddressNames(services.patients());
        setId("reception");
        setSizeFull();

        search.setId("reception-search");
        search.setPlaceholder(texts.get("clinical.reception.search.placeholder"));
        search.setAriaLabel(texts.get("clinical.reception.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("32rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MILLIS);
        search.addValueChangeListener(e -> refresh());
        search.setAutofocus(true);
        Shortcuts.addShortcutListener(search, this::searchSubmitted, Key.ENTER).listenOn(search)
                .resetFocusOnActiveElement();

        birthYear.setId("reception-filter-year");
        birthYear.setPlaceholder(texts.get("clinical.reception.filter.birthYear"));
        birthYear.setAriaLabel(texts.get("clinical.reception.filter.birthYear"));
        birthYear.setWidth("9rem");
        birthYear.setClearButtonVisible(true);
        birthYear.addValueChangeListener(e -> refresh());
        sex.setId("reception-filter-sex");
        sex.setPlaceholder(texts.get("clinical.reception.filter.sex"));
        sex.setAriaLabel(texts.get("clinical.reception.filter.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> PatientLabels.sex(s, texts));
        sex.setClearButtonVisible(true);
        sex.setWidth("9rem");
        sex.addValueChangeListener(e -> refresh());

        Button register = new Button(texts.get("clinical.reception.new"), VaadinIcon.PLUS.create(),
                e -> openRegistration());
        register.setId("reception-new");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        Button emergency = new Button(texts.get("clinical.reception.unidentified"), VaadinIcon.AMBULANCE.create(),
                e -> openUnidentified());
        emergency.setId("reception-unidentified");
        emergency.addThemeVariants(ButtonVariant.ERROR);
        register.setVisible(mayRegister);
        emergency.setVisible(mayRegister);
        if (mayRegister) {
            Shortcuts.addShortcutListener(this, this::openRegistration, Key.F2);
            Shortcuts.addShortcutListener(this, this::openUnidentified, Key.F4);
        }
        Shortcuts.addShortcutListener(this, () -> search.focus(), Key.F3);

        HorizontalLayout toolbar = new HorizontalLayout(search, birthYear, sex, register, emergency);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        buildGrid();
        total.setId("reception-total");
        total.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span keys = new Span(texts.get("clinical.reception.keys"));
        keys.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout footer = new HorizontalLayout(total, keys);
        footer.setWidthFull();
        footer.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(new H2(texts.get("clinical.reception.title")), toolbar, grid, footer);
        setFlexGrow(1, grid);
    }

    private void buildGrid() {
        grid.setId("reception-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(PatientDto::code).setHeader(texts.get("clinical.patient.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PatientDto::fullName).setHeader(texts.get("clinical.patient.fullName")).setFlexGrow(2);
        grid.addColumn(p -> PatientLabels.birth(p, formats)).setHeader(texts.get("clinical.patient.birth"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PatientLabels.sex(p.sex(), texts)).setHeader(texts.get("clinical.patient.sex"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.phone() == null ? "" : p.phone()).setHeader(texts.get("clinical.patient.phone"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> addresses.format(p.address())).setHeader(texts.get("clinical.patient.address"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        grid.setPageSize(PAGE_SIZE);
        grid.setEmptyStateText(texts.get("clinical.reception.empty"));
        grid.setItems(query -> fetch(query).items().stream(), query -> {
            long count = fetch(new Query<>(0, 1, List.of(), null, null)).total();
            total.setText(texts.get("clinical.reception.total", count));
            return (int) Math.min(Integer.MAX_VALUE, count);
        });
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.addItemDoubleClickListener(e -> openCheckIn(e.getItem()));
        Shortcuts.addShortcutListener(grid, () -> {
            PatientDto chosen = focused != null ? focused : grid.asSingleSelect().getValue();
            if (chosen != null) {
                openCheckIn(chosen);
            }
        }, Key.ENTER).listenOn(grid);
    }

    private PatientPage fetch(Query<PatientDto, Void> query) {
        int size = Math.min(query.getLimit(), PatientService.PAGE_SIZE_MAX);
        int page = query.getOffset() / Math.max(1, size);
        return services.patients().search(search.getValue(), birthYear.getValue(), sex.getValue(), page, size);
    }

    private Component rowActions(PatientDto p) {
        Button checkIn = new Button(texts.get("clinical.reception.checkIn"), e -> openCheckIn(p));
        checkIn.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        checkIn.setId("reception-checkin-" + p.code());
        checkIn.setTabIndex(-1);
        Anchor chart = new Anchor(PatientLinks.chart(p.id()), texts.get("clinical.reception.chart"));
        chart.setId("reception-chart-" + p.code());
        chart.getElement().setAttribute("tabindex", "-1");
        HorizontalLayout bar = new HorizontalLayout(checkIn, chart);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void refresh() {
        focused = null;
        grid.getDataProvider().refreshAll();
    }

    /** Enter in the search box: search now and move to the results. */
    private void searchSubmitted() {
        refresh();
        grid.focus();
    }

    private void openRegistration() {
        if (editor != null && editor.isOpened()) {
            return;
        }
        editor = new PatientEditor(services.patients(), texts, formats, clock, null, this::registered,
                this::useExisting);
        editor.open();
    }

    /** A new patient was registered: show it and check it in at once. */
    private void registered(PatientDto patient) {
        show(patient);
        openCheckIn(patient);
    }

    /** The clerk picked a patient already on file instead of registering a new one. */
    private void useExisting(PatientDto patient) {
        show(patient);
        grid.focus();
    }

    private void show(PatientDto patient) {
        search.setValue(patient.code());
        birthYear.clear();
        sex.clear();
        refresh();
        grid.select(patient);
    }

    private void openCheckIn(PatientDto patient) {
        try {
            CheckInDialog dialog = new CheckInDialog(services, texts, formats, clock, patient);
            // back to the search box for the next patient in line
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    search.focus();
                }
            });
            dialog.open();
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    private void openUnidentified() {
        try {
            new UnidentifiedEmergencyDialog(services, texts, this::useExisting).open();
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }
}
