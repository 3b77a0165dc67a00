package org.mekonghis.clinical.ui.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.clinical.ui.internal.FieldErrorDisplay;
import org.mekonghis.clinical.ui.internal.Folded;
import org.mekonghis.clinical.ui.internal.Notices;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.BedDto;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.RoomDto;
import org.mekonghis.encounter.api.WardDto;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;

/**
 * The facility's layout: departments, clinic rooms, wards and beds, each listed with inactive
 * ones, added and changed in a dialog, deactivated and reactivated (never deleted: encounters
 * keep their codes).
 */
final class FacilityView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient DepartmentService departments;
    private final Texts texts;
    private final Grid<DepartmentDto> departmentGrid = new Grid<>();
    private final Grid<RoomDto> roomGrid = new Grid<>();
    private final Grid<WardDto> wardGrid = new Grid<>();
    private final Grid<BedDto> bedGrid = new Grid<>();

    FacilityView(DepartmentService departments, Texts texts) {
        this.departments = departments;
        this.texts = texts;
        setId("facility-admin");
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("facility-tabs");
        tabs.setSizeFull();
        tabs.add(texts.get("clinical.facility.departments"), departmentsTab());
        tabs.add(texts.get("clinical.facility.rooms"), roomsTab());
        tabs.add(texts.get("clinical.facility.wards"), wardsTab());
        tabs.add(texts.get("clinical.facility.beds"), bedsTab());
        add(new H2(texts.get("clinical.facility.title")), tabs);
        setFlexGrow(1, tabs);
        reload();
    }

    private void reload() {
        try {
            departmentGrid.setItems(departments.departments(true));
            roomGrid.setItems(departments.rooms(null, true));
            wardGrid.setItems(departments.wards(null, true));
            bedGrid.setItems(departments.beds(null, true));
        } catch (MekongException e) {
            Notices.error(texts, e);
        }
    }

    private Map<String, String> departmentNames() {
        return departments.departments(true).stream()
                .collect(Collectors.toMap(DepartmentDto::code, DepartmentDto::name, (a, b) -> a));
    }

    private Component tab(String kind, Grid<?> grid, Runnable create) {
        Button add = new Button(texts.get("clinical.facility.add"), VaadinIcon.PLUS.create(), e -> create.run());
        add.setId("facility-add-" + kind);
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.setId("facility-grid-" + kind);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        VerticalLayout layout = new VerticalLayout(add, grid);
        layout.setPadding(false);
        layout.setSizeFull();
        layout.setFlexGrow(1, grid);
        return layout;
    }

    private Component state(Boolean active) {
        Badge badge = new Badge(texts.get(Boolean.FALSE.equals(active) ? "clinical.facility.inactive"
                : "clinical.facility.active"));
        badge.addThemeVariants(Boolean.FALSE.equals(active) ? BadgeVariant.CONTRAST : BadgeVariant.SUCCESS);
        return badge;
    }

    private <T> Component rowActions(String id, T item, Boolean active, Runnable edit, Function<Boolean, T> toggle) {
        Button change = new Button(texts.get("clinical.facility.edit"), e -> edit.run());
        change.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        change.setId("facility-edit-" + id);
        boolean isActive = !Boolean.FALSE.equals(active);
        Button onOff = new Button(texts.get(isActive ? "clinical.facility.deactivate" : "clinical.facility.activate"),
                e -> {
                    try {
                        toggle.apply(!isActive);
                        Notices.success(texts.get("clinical.common.saved"));
                        reload();
                    } catch (MekongException ex) {
                        Notices.error(texts, ex);
                    }
                });
        onOff.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        onOff.setId("facility-toggle-" + id);
        return new HorizontalLayout(change, onOff);
    }

    private Component departmentsTab() {
        departmentGrid.addColumn(DepartmentDto::code).setHeader(texts.get("clinical.catalog.code")).setAutoWidth(true)
                .setFlexGrow(0);
        departmentGrid.addColumn(DepartmentDto::name).setHeader(texts.get("clinical.catalog.name")).setFlexGrow(2);
        departmentGrid.addColumn(DepartmentDto::sortOrder).setHeader(texts.get("clinical.facility.sortOrder"))
                .setAutoWidth(true).setFlexGrow(0);
        departmentGrid.addComponentColumn(d -> state(d.active())).setHeader(texts.get("clinical.facility.state"))
                .setWidth("8rem").setFlexGrow(0);
        departmentGrid.addComponentColumn(d -> rowActions(d.code(), d, d.active(), () -> editDepartment(d),
                on -> departments.updateDepartment(d.code(), new DepartmentDto(d.code(), null, null, on))))
                .setWidth("13rem").setFlexGrow(0);
        return tab("department", departmentGrid, () -> editDepartment(null));
    }

    private Component roomsTab() {
        roomGrid.addColumn(RoomDto::code).setHeader(texts.get("clinical.catalog.code")).setAutoWidth(true)
                .setFlexGrow(0);
        roomGrid.addColumn(RoomDto::name).setHeader(texts.get("clinical.catalog.name")).setFlexGrow(2);
        roomGrid.addColumn(RoomDto::departmentCode).setHeader(texts.get("clinical.checkIn.department"))
                .setAutoWidth(true).setFlexGrow(0);
        roomGrid.addComponentColumn(r -> state(r.active())).setHeader(texts.get("clinical.facility.state"))
                .setWidth("8rem").setFlexGrow(0);
        roomGrid.addComponentColumn(r -> rowActions(r.code(), r, r.active(), () -> editRoom(r),
                on -> departments.updateRoom(r.code(), new RoomDto(r.code(), null, null, on))))
                .setWidth("13rem").setFlexGrow(0);
        return tab("room", roomGrid, () -> editRoom(null));
    }

    private Component wardsTab() {
        wardGrid.addColumn(WardDto::code).setHeader(texts.get("clinical.catalog.code")).setAutoWidth(true)
                .setFlexGrow(0);
        wardGrid.addColumn(WardDto::name).setHeader(texts.get("clinical.catalog.name")).setFlexGrow(2);
        wardGrid.addColumn(WardDto::departmentCode).setHeader(texts.get("clinical.checkIn.department"))
                .setAutoWidth(true).setFlexGrow(0);
        wardGrid.addComponentColumn(w -> state(w.active())).setHeader(texts.get("clinical.facility.state"))
                .setWidth("8rem").setFlexGrow(0);
        wardGrid.addComponentColumn(w -> rowActions(w.code(), w, w.active(), () -> editWard(w),
                on -> departments.updateWard(w.code(), new WardDto(w.code(), null, null, on))))
                .setWidth("13rem").setFlexGrow(0);
        return tab("ward", wardGrid, () -> editWard(null));
    }

    private Component bedsTab() {
        bedGrid.addColumn(BedDto::code).setHeader(texts.get("clinical.catalog.code")).setAutoWidth(true)
                .setFlexGrow(0);
        bedGrid.addColumn(BedDto::wardCode).setHeader(texts.get("clinical.census.ward")).setFlexGrow(1);
        bedGrid.addColumn(BedDto::departmentCode).setHeader(texts.get("clinical.checkIn.department"))
                .setAutoWidth(true).setFlexGrow(0);
        bedGrid.addComponentColumn(b -> state(b.active())).setHeader(texts.get("clinical.facility.state"))
                .setWidth("8rem").setFlexGrow(0);
        bedGrid.addComponentColumn(b -> rowActions(b.code(), b, b.active(), () -> editBed(b),
                on -> departments.updateBed(b.code(), new BedDto(b.code(), null, null, on))))
                .setWidth("13rem").setFlexGrow(0);
        return tab("bed", bedGrid, () -> editBed(null));
    }

    private TextField codeField(String existing) {
        TextField code = new TextField(texts.get("clinical.catalog.code"));
        code.setId("facility-code");
        code.setMaxLength(DepartmentService.CODE_MAX_LENGTH);
        if (existing != null) {
            code.setValue(existing);
            code.setReadOnly(true);
        }
        return code;
    }

    private TextField nameField(String existing) {
        TextField name = new TextField(texts.get("clinical.catalog.name"));
        name.setId("facility-name");
        name.setMaxLength(DepartmentService.NAME_MAX_LENGTH);
        name.setValue(existing == null ? "" : existing);
        return name;
    }

    private ComboBox<DepartmentDto> departmentField(String existing) {
        ComboBox<DepartmentDto> box = new ComboBox<>(texts.get("clinical.checkIn.department"));
        box.setId("facility-department");
        box.setItemLabelGenerator(d -> d.name() + " (" + d.code() + ")");
        List<DepartmentDto> all = departments.departments(false);
        box.setItems(Folded.filter(box.getItemLabelGenerator()), all);
        all.stream().filter(d -> d.code().equals(existing)).findFirst().ifPresent(box::setValue);
        return box;
    }

    private void editDepartment(DepartmentDto existing) {
        TextField code = codeField(existing == null ? null : existing.code());
        TextField name = nameField(existing == null ? null : existing.name());
        IntegerField order = new IntegerField(texts.get("clinical.facility.sortOrder"));
        order.setId("facility-sort-order");
        if (existing != null) {
            order.setValue(existing.sortOrder());
        }
        FieldErrorDisplay errors = new FieldErrorDisplay(texts).field("code", code).field("name", name)
                .field("sortOrder", order);
        editor(existing == null ? "clinical.facility.newDepartment" : "clinical.facility.editDepartment", errors,
                () -> {
                    DepartmentDto d = new DepartmentDto(code.getValue(), name.getValue(), order.getValue(), null);
                    return existing == null ? departments.createDepartment(d)
                            : departments.updateDepartment(existing.code(), d);
                }, code, name, order);
    }

    private void editRoom(RoomDto existing) {
        TextField code = codeField(existing == null ? null : existing.code());
        TextField name = nameField(existing == null ? null : existing.name());
        ComboBox<DepartmentDto> department = departmentField(existing == null ? null : existing.departmentCode());
        FieldErrorDisplay errors = new FieldErrorDisplay(texts).field("code", code).field("name", name)
                .field("departmentCode", department);
        editor(existing == null ? "clinical.facility.newRoom" : "clinical.facility.editRoom", errors, () -> {
            RoomDto r = new RoomDto(code.getValue(), name.getValue(),
                    department.getValue() == null ? null : department.getValue().code(), null);
            return existing == null ? departments.createRoom(r) : departments.updateRoom(existing.code(), r);
        }, code, name, department);
    }

    private void editWard(WardDto existing) {
        TextField code = codeField(existing == null ? null : existing.code());
        TextField name = nameField(existing == null ? null : existing.name());
        ComboBox<DepartmentDto> department = departmentField(existing == null ? null : existing.departmentCode());
        FieldErrorDisplay errors = new FieldErrorDisplay(texts).field("code", code).field("name", name)
                .field("departmentCode", department);
        editor(existing == null ? "clinical.facility.newWard" : "clinical.facility.editWard", errors, () -> {
            WardDto w = new WardDto(code.getValue(), name.getValue(),
                    department.getValue() == null ? null : department.getValue().code(), null);
            return existing == null ? departments.createWard(w) : departments.updateWard(existing.code(), w);
        }, code, name, department);
    }

    private void editBed(BedDto existing) {
        TextField code = codeField(existing == null ? null : existing.code());
        Map<String, String> names = departmentNames();
        ComboBox<WardDto> ward = new ComboBox<>(texts.get("clinical.census.ward"));
        ward.setId("facility-ward");
        ward.setItemLabelGenerator(w -> w.name() + " (" + names.getOrDefault(w.departmentCode(), w.departmentCode())
                + ")");
        List<WardDto> wards = departments.wards(null, false);
        ward.setItems(Folded.filter(ward.getItemLabelGenerator()), wards);
        if (existing != null) {
            wards.stream().filter(w -> w.code().equals(existing.wardCode())).findFirst().ifPresent(ward::setValue);
        }
        FieldErrorDisplay errors = new FieldErrorDisplay(texts).field("code", code).field("wardCode", ward);
        editor(existing == null ? "clinical.facility.newBed" : "clinical.facility.editBed", errors, () -> {
            BedDto b = new BedDto(code.getValue(), ward.getValue() == null ? null : ward.getValue().code(), null,
                    null);
            return existing == null ? departments.createBed(b) : departments.updateBed(existing.code(), b);
        }, code, ward);
    }

    /** A dialog with the fields; Ctrl+Enter saves through {@code save}, refusals show next to the fields. */
    private void editor(String titleKey, FieldErrorDisplay errors, Supplier<Object> save,
            Component... fields) {
        Dialog dialog = new Dialog();
        dialog.setId("facility-editor");
        dialog.setHeaderTitle(texts.get(titleKey));
        FormLayout form = new FormLayout(fields);
        dialog.add(form);
        Button cancel = new Button(texts.get("clinical.common.cancelEsc"), e -> dialog.close());
        Button ok = new Button(texts.get("clinical.common.saveCtrlEnter"), e -> {
            try {
                save.get();
                dialog.close();
                Notices.success(texts.get("clinical.common.saved"));
                reload();
            } catch (InvalidInputException ex) {
                List<FieldError> unshown = errors.show(ex);
                if (!unshown.isEmpty()) {
                    Notices.error(texts.of(unshown));
                }
            } catch (MekongException ex) {
                Notices.error(texts, ex);
            }
        });
        ok.setId("facility-save");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(dialog).resetFocusOnActiveElement();
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        for (Component f : fields) {
            if (f instanceof TextField t && !t.isReadOnly()) {
                t.focus();
                break;
            }
        }
    }
}
