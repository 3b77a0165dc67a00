package org.mekonghis.security.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.PasswordPolicyException;
import org.mekonghis.security.api.CreatedUser;
import org.mekonghis.security.api.InvalidSecurityDataException;
import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.RoleDto;
import org.mekonghis.security.api.UserDetails;
import org.mekonghis.security.api.UserDto;
import org.mekonghis.security.api.UserService;

/**
 * The user accounts screen: search (ignoring case and diacritics), create and edit, deactivate
 * and reactivate, unlock, and reset a password, showing the generated one once. The service does
 * the checks; this screen only shows their outcome.
 */
final class UsersView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 200;

    private final transient UserService users;
    private final transient Messages messages;
    private final transient Clock clock;
    private final Locale locale;
    private final DateTimeFormatter dateTime;

    private final TextField search = new TextField();
    private final Grid<UserDto> grid = new Grid<>();

    UsersView(UserService users, Messages messages, Locale locale, ZoneId zone, Clock clock) {
        this.users = users;
        this.messages = messages;
        this.locale = locale;
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale).withZone(zone);
        setId("security-users");
        setSizeFull();

        search.setId("security-users-search");
        search.setPlaceholder(t("security.users.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> refresh());
        Button create = new Button(t("security.users.new"), e -> openEditor(null));
        create.setId("security-users-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("security-users-grid");
        grid.addColumn(UserDto::username).setHeader(t("security.users.col.username")).setAutoWidth(true);
        grid.addColumn(UserDto::fullName).setHeader(t("security.users.col.fullName")).setFlexGrow(2);
        grid.addColumn(u -> t(u.jobTitle().nameKey())).setHeader(t("security.users.col.jobTitle")).setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", u.departments())).setHeader(t("security.users.col.departments"));
        grid.addColumn(u -> String.join(", ", u.roles().stream().sorted().toList()))
                .setHeader(t("security.users.col.roles"));
        grid.addColumn(this::status).setHeader(t("security.users.col.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t("security.users.empty"));

        add(new H2(t("security.users.heading")), new HorizontalLayout(search, create), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.search(search.getValue(), 0, PAGE_SIZE));
    }

    private String status(UserDto u) {
        if (!u.active()) {
            return t("security.users.status.inactive");
        }
        if (u.lockedAt(clock.instant())) {
            return messages.get(locale, "security.users.status.locked", dateTime.format(u.lockedUntil()));
        }
        return u.mustChangePassword() ? t("security.users.status.mustChange") : t("security.users.status.active");
    }

    private Component actions(UserDto u) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.add(small(t("security.users.edit"), () -> openEditor(u)));
        if (u.active()) {
            bar.add(small(t("security.users.deactivate"), () -> {
                users.deactivate(u.id());
                notify("security.users.deactivated");
            }));
        } else {
            bar.add(small(t("security.users.reactivate"), () -> {
                users.reactivate(u.id());
                notify("security.users.reactivated");
            }));
        }
        if (u.lockedAt(clock.instant())) {
            bar.add(small(t("security.users.unlock"), () -> {
                users.unlock(u.id());
                notify("security.users.unlocked");
            }));
        }
        bar.add(small(t("security.users.resetPassword"), () -> showPassword(u.username(), users.resetPassword(u.id()))));
        return bar;
    }

    private Button small(String caption, Runnable action) {
        Button b = new Button(caption, e -> {
            try {
                action.run();
                refresh();
            } catch (MekongException ex) {
                showError(ex);
            }
        });
        b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return b;
    }

    /** The create dialog ({@code existing} null) or the edit dialog. */
    private void openEditor(UserDto existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t(existing == null ? "security.users.dialog.create" : "security.users.dialog.edit"));
        TextField username = new TextField(t("security.users.field.username"));
        username.setId("security-user-username");
        username.setMaxLength(50);
        TextField fullName = new TextField(t("security.users.field.fullName"));
        fullName.setId("security-user-fullname");
        fullName.setMaxLength(UserService.FULL_NAME_MAX_LENGTH);
        ComboBox<JobTitle> jobTitle = new ComboBox<>(t("security.users.field.jobTitle"));
        jobTitle.setId("security-user-jobtitle");
        jobTitle.setItems(JobTitle.values());
        jobTitle.setItemLabelGenerator(j -> t(j.nameKey()));
        TextField certificate = new TextField(t("security.users.field.certificate"));
        certificate.setId("security-user-certificate");
        certificate.setMaxLength(UserService.CERTIFICATE_MAX_LENGTH);
        TextField departments = new TextField(t("security.users.field.departments"));
        departments.setId("security-user-departments");
        MultiSelectComboBox<String> roles = new MultiSelectComboBox<>(t("security.users.field.roles"));
        roles.setId("security-user-roles");
        List<RoleDto> assignable = users.assignableRoles();
        roles.setItems(assignable.stream().map(RoleDto::code).toList());
        roles.setItemLabelGenerator(code -> assignable.stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> r.name() + " (" + code + ")").orElse(code));
        PasswordField password = new PasswordField(t("security.users.field.password"));
        password.setId("security-user-password");
        jobTitle.addValueChangeListener(e -> certificate.setRequiredIndicatorVisible(
                e.getValue() != null && e.getValue().requiresPractisingCertificate()));

        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            form.add(username);
            fullName.setValue(existing.fullName());
            jobTitle.setValue(existing.jobTitle());
            certificate.setValue(existing.practisingCertificate() == null ? "" : existing.practisingCertificate());
            departments.setValue(String.join(", ", existing.departments()));
            roles.setValue(existing.roles());
        }
        form.add(fullName, jobTitle, certificate, departments, roles);
        if (existing == null) {
            form.add(password);
        }
        dialog.add(form);

        Button save = new Button(t("security.common.save"), e -> {
            UserDetails details = new UserDetails(fullName.getValue(), jobTitle.getValue(), certificate.getValue(),
                    Arrays.stream(departments.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList());
            Set<String> chosenRoles = new LinkedHashSet<>(roles.getValue());
            try {
                if (existing == null) {
                    CreatedUser created = users.create(username.getValue(), details, chosenRoles,
                            password.getValue().isEmpty() ? null : password.getValue());
                    dialog.close();
                    if (created.initialPassword() != null) {
                        showPassword(created.user().username(), created.initialPassword());
                    }
                } else {
                    users.update(existing.id(), details);
                    if (!chosenRoles.equals(existing.roles())) {
                        users.assignRoles(existing.id(), chosenRoles);
                    }
                    dialog.close();
                }
                notify("security.common.saved");
                refresh();
            } catch (InvalidSecurityDataException ex) {
                HasValidation field = switch (ex.field()) {
                    case "username" -> username;
                    case "fullName" -> fullName;
                    case "jobTitle" -> jobTitle;
                    case "practisingCertificate" -> certificate;
                    case "departments" -> departments;
                    case "roles" -> roles;
                    default -> null;
                };
                if (field == null) {
                    showError(ex);
                } else {
                    field.setErrorMessage(messages.get(locale, ex.messageKey(), ex.arguments()));
                    field.setInvalid(true);
                }
            } catch (PasswordPolicyException ex) {
                password.setErrorMessage(messages.get(locale, ex.messageKey(), ex.arguments()));
                password.setInvalid(true);
            } catch (MekongException ex) {
                showError(ex);
            }
        });
        save.setId("security-user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(t("security.common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Shows a generated password once, in a field that is easy to copy. */
    private void showPassword(String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(messages.get(locale, "security.users.password.title", username));
        TextField field = new TextField();
        field.setId("security-generated-password");
        field.setValue(password);
        field.setReadOnly(true);
        field.setWidthFull();
        dialog.add(new Paragraph(t("security.users.password.text")), field,
                new Paragraph(t("security.common.copyHint")));
        dialog.getFooter().add(new Button(t("security.common.close"), e -> dialog.close()));
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
        field.focus();
    }

    private void notify(String key) {
        Notification.show(t(key)).addThemeVariants(NotificationVariant.SUCCESS);
    }

    private void showError(MekongException e) {
        Notification.show(messages.get(locale, e.messageKey(), e.arguments())).addThemeVariants(NotificationVariant.ERROR);
    }

    private String t(String key) {
        return messages.get(locale, key);
    }
}
