package org.mekonghis.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.security.api.ApiClientDto;
import org.mekonghis.security.api.ApiClientService;
import org.mekonghis.security.api.IssuedApiClient;

/** API clients of partner systems: the list, a create dialog showing the token once, revocation. */
final class ApiClientsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final transient ApiClientService clients;
    private final transient Messages messages;
    private final transient Clock clock;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final Grid<ApiClientDto> grid = new Grid<>();

    ApiClientsView(ApiClientService clients, Messages messages, Locale locale, ZoneId zone, Clock clock) {
        this.clients = clients;
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale).withZone(zone);
        setId("security-clients");
        setSizeFull();
        Button create = new Button(t("security.clients.new"), e -> openCreate());
        create.setId("security-clients-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("security-clients-grid");
        grid.addColumn(ApiClientDto::name).setHeader(t("security.clients.col.name")).setFlexGrow(1);
        grid.addColumn(c -> c.scopes().stream().sorted().collect(Collectors.joining(", ")))
                .setHeader(t("security.clients.col.scopes")).setFlexGrow(2);
        grid.addColumn(c -> dateTime.format(c.createdAt())).setHeader(t("security.clients.col.createdAt"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.expiresAt() == null ? t("security.clients.never") : dateTime.format(c.expiresAt()))
                .setHeader(t("security.clients.col.expiresAt")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(t("security.clients.col.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t("security.clients.empty"));
        add(new H2(t("security.clients.heading")), create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(clients.list());
    }

    private String status(ApiClientDto c) {
        if (c.revokedAt() != null) {
            return t("security.clients.status.revoked");
        }
        return c.usableAt(clock.instant()) ? t("security.clients.status.active") : t("security.clients.status.expired");
    }

    private Component revokeButton(ApiClientDto c) {
        if (c.revokedAt() != null) {
            return new Span();
        }
        Button revoke = new Button(t("security.clients.revoke"), e -> {
            try {
                clients.revoke(c.id());
                Notification.show(t("security.clients.revoked")).addThemeVariants(NotificationVariant.SUCCESS);
                refresh();
            } catch (MekongException ex) {
                showError(ex);
            }
        });
        revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
        return revoke;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("security.clients.dialog.create"));
        TextField name = new TextField(t("security.clients.field.name"));
        name.setId("security-client-name");
        name.setMaxLength(ApiClientService.NAME_MAX_LENGTH);
        List<PermissionDefinition> grantable = clients.grantableScopes();
        MultiSelectComboBox<PermissionDefinition> scopes = new MultiSelectComboBox<>(t("security.clients.field.scopes"));
        scopes.setId("security-client-scopes");
        scopes.setItems(grantable);
        scopes.setItemLabelGenerator(p -> messages.get(locale, p.nameKey()) + " (" + p.id() + ")");
        DatePicker expires = new DatePicker(t("security.clients.field.expiresOn"));
        expires.setId("security-client-expires");
        expires.setMin(LocalDate.now(clock.withZone(zone)).plusDays(1));
        dialog.add(new FormLayout(name, scopes, expires));
        Button save = new Button(t("security.common.save"), e -> {
            Set<String> chosen = scopes.getValue().stream().map(PermissionDefinition::id).collect(Collectors.toSet());
            // The token works until the end of the chosen day, hospital time.
            Instant until = expires.getValue() == null ? null
                    : expires.getValue().plusDays(1).atStartOfDay(zone).toInstant();
            try {
                IssuedApiClient issued = clients.create(name.getValue(), chosen, until);
                dialog.close();
                refresh();
                showToken(issued);
            } catch (MekongException ex) {
                showError(ex);
            }
        });
        save.setId("security-client-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(t("security.common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showToken(IssuedApiClient issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(messages.get(locale, "security.clients.token.title", issued.client().name()));
        TextField token = new TextField(t("security.clients.token.field"));
        token.setId("security-client-token");
        token.setValue(issued.token());
        token.setReadOnly(true);
        token.setWidthFull();
        dialog.add(new Paragraph(t("security.clients.token.text")), token, new Paragraph(t("security.common.copyHint")));
        dialog.setWidth("40rem");
        dialog.setCloseOnOutsideClick(false);
        dialog.getFooter().add(new Button(t("security.common.close"), e -> dialog.close()));
        dialog.open();
        token.focus();
    }

    private void showError(MekongException e) {
        Notification.show(messages.get(locale, e.messageKey(), e.arguments())).addThemeVariants(NotificationVariant.ERROR);
    }

    private String t(String key) {
        return messages.get(locale, key);
    }
}
