package org.mekonghis.security.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.RoleDto;
import org.mekonghis.security.api.RoleService;

/**
 * The permission matrix: one row per permission (declared by a running module, or still held by
 * a role), one column of check boxes per role, each role saved on its own.
 */
final class RolesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient RoleService roles;
    private final transient Messages messages;
    private final Locale locale;
    /** Edited permissions per role code, saved with the role's button. */
    private final Map<String, Set<String>> edits = new HashMap<>();
    private final VerticalLayout matrixHolder = new VerticalLayout();

    /** One row of the matrix. */
    record Row(String id, String label) {
    }

    RolesView(RoleService roles, Messages messages, Locale locale) {
        this.roles = roles;
        this.messages = messages;
        this.locale = locale;
        setId("security-roles");
        setSizeFull();
        Button create = new Button(t("security.roles.new"), e -> openCreate());
        create.setId("security-roles-new");
        matrixHolder.setPadding(false);
        matrixHolder.setSizeFull();
        add(new H2(t("security.roles.heading")), create, matrixHolder);
        refresh();
    }

    private void refresh() {
        List<RoleDto> all = roles.list();
        edits.clear();
        all.forEach(r -> edits.put(r.code(), new HashSet<>(r.permissions())));

        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Principal.ALL_PERMISSIONS, t("security.permission.all")));
        Set<String> declared = new HashSet<>();
        for (PermissionDefinition p : roles.declaredPermissions()) {
            declared.add(p.id());
            rows.add(new Row(p.id(), messages.get(locale, p.nameKey())));
        }
        Set<String> held = new TreeSet<>();
        all.forEach(r -> held.addAll(r.permissions()));
        held.remove(Principal.ALL_PERMISSIONS);
        held.removeAll(declared);
        held.forEach(id -> rows.add(new Row(id, t("security.roles.undeclared"))));

        Grid<Row> grid = new Grid<>();
        grid.setId("security-roles-matrix");
        grid.addColumn(r -> r.label()).setHeader(t("security.roles.permission")).setFrozen(true).setAutoWidth(true)
                .setTooltipGenerator(Row::id);
        grid.addColumn(Row::id).setAutoWidth(true);
        for (RoleDto role : all) {
            grid.addComponentColumn(row -> checkbox(role, row)).setHeader(header(role)).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(rows);
        grid.setSizeFull();
        matrixHolder.removeAll();
        matrixHolder.add(grid);
    }

    private Checkbox checkbox(RoleDto role, Row row) {
        Checkbox box = new Checkbox(edits.get(role.code()).contains(row.id()));
        box.setId("security-perm-" + role.code() + "-" + row.id());
        boolean adminStar = JobTitle.ADMINISTRATOR.name().equals(role.code()) && Principal.ALL_PERMISSIONS.equals(row.id());
        box.setReadOnly(adminStar);
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                edits.get(role.code()).add(row.id());
            } else {
                edits.get(role.code()).remove(row.id());
            }
        });
        return box;
    }

    private VerticalLayout header(RoleDto role) {
        Button save = new Button(t("security.common.save"), e -> {
            try {
                roles.setPermissions(role.code(), edits.get(role.code()));
                Notification.show(messages.get(locale, "security.roles.saved", role.code()))
                        .addThemeVariants(NotificationVariant.SUCCESS);
                refresh();
            } catch (MekongException ex) {
                showError(ex);
            }
        });
        save.setId("security-role-save-" + role.code());
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        Button rename = new Button(t("security.roles.rename"), e -> openRename(role));
        rename.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        VerticalLayout header = new VerticalLayout(new Span(role.name()), new Span(role.code()),
                new HorizontalLayout(save, rename));
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("security.roles.dialog.create"));
        TextField code = new TextField(t("security.roles.field.code"));
        code.setId("security-role-code");
        TextField name = new TextField(t("security.roles.field.name"));
        name.setId("security-role-name");
        name.setMaxLength(RoleService.NAME_MAX_LENGTH);
        dialog.add(new FormLayout(code, name));
        Button save = new Button(t("security.common.save"), e -> {
            try {
                roles.create(code.getValue().strip().toUpperCase(Locale.ROOT), name.getValue());
                dialog.close();
                refresh();
            } catch (MekongException ex) {
                showError(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(t("security.common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openRename(RoleDto role) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(messages.get(locale, "security.roles.dialog.rename", role.code()));
        TextField name = new TextField(t("security.roles.field.name"));
        name.setValue(role.name());
        name.setMaxLength(RoleService.NAME_MAX_LENGTH);
        dialog.add(name);
        Button save = new Button(t("security.common.save"), e -> {
            try {
                roles.rename(role.code(), name.getValue());
                dialog.close();
                refresh();
            } catch (MekongException ex) {
                showError(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(t("security.common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showError(MekongException e) {
        Notification.show(messages.get(locale, e.messageKey(), e.arguments())).addThemeVariants(NotificationVariant.ERROR);
    }

    private String t(String key) {
        return messages.get(locale, key);
    }
}
