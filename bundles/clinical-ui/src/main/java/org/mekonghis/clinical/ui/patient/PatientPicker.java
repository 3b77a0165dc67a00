package org.mekonghis.clinical.ui.patient;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.MekongException;

/**
 * A search box and the first matching patients, to pick one: Enter in the box moves to the list,
 * Enter or a double click on a row picks it.
 */
public final class PatientPicker extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 20;

    private final transient PatientService patients;
    private final Texts texts;
    private final TextField search = new TextField();
    private final Grid<PatientDto> grid = new Grid<>();
    private transient PatientDto focused;

    /**
     * @param idPrefix prefix of the ids of the box and the list, for tests
     * @param onPicked called with the patient picked by Enter or a double click
     */
    public PatientPicker(PatientService patients, Texts texts, Formats formats, String idPrefix,
            Consumer<PatientDto> onPicked) {
        this.patients = patients;
        this.texts = texts;
        setPadding(false);
        search.setId(idPrefix + "-search");
        search.setPlaceholder(texts.get("clinical.reception.search.placeholder"));
        search.setAriaLabel(texts.get("clinical.reception.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        Shortcuts.addShortcutListener(search, () -> {
            refresh();
            grid.focus();
        }, Key.ENTER).listenOn(search).resetFocusOnActiveElement();
        grid.setId(idPrefix + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(PatientDto::code).setHeader(texts.get("clinical.patient.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PatientDto::fullName).setHeader(texts.get("clinical.patient.fullName")).setFlexGrow(2);
        grid.addColumn(p -> PatientLabels.birth(p, formats)).setHeader(texts.get("clinical.patient.birth"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PatientLabels.sex(p.sex(), texts)).setHeader(texts.get("clinical.patient.sex"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("16rem");
        grid.setEmptyStateText(texts.get("clinical.picker.empty"));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.addItemDoubleClickListener(e -> onPicked.accept(e.getItem()));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                onPicked.accept(focused);
            }
        }, Key.ENTER).listenOn(grid);
        add(search, grid);
    }

    /** The row chosen with a click or the keyboard, if any. */
    public Optional<PatientDto> selected() {
        return Optional.ofNullable(grid.asSingleSelect().getValue()).or(() -> Optional.ofNullable(focused));
    }

    /** Puts the cursor in the search box. */
    public void focus() {
        search.focus();
    }

    private void refresh() {
        focused = null;
        String q = search.getValue();
        if (q == null || q.isBlank()) {
            grid.setItems(List.of());
            return;
        }
        try {
            grid.setItems(patients.search(q, null, null, 0, SHOWN).items());
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }
}
