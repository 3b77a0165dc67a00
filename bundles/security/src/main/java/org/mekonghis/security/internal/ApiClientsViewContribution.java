package org.mekonghis.security.internal;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;

import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.mekonghis.security.api.ApiClientService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Contributes the screen at {@code admin/api-clients}; each navigation gets a new view. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ApiClientsViewContribution implements ViewContribution {

    private final ApiClientService service;
    private final Messages messages;
    private final ZoneId zone;

    @Activate
    public ApiClientsViewContribution(@Reference ApiClientService service, @Reference Messages messages,
            @Reference Configuration configuration) {
        this.service = service;
        this.messages = messages;
        this.zone = SecurityViews.zone(configuration);
    }

    @Override
    public String route() {
        return "admin/api-clients";
    }

    @Override
    public String titleKey() {
        return "security.menu.clients";
    }

    @Override
    public String permission() {
        return ApiClientService.PERMISSION;
    }

    @Override
    public int order() {
        return 912;
    }

    @Override
    public String icon() {
        return "vaadin:connect";
    }

    @Override
    public Component createView(ViewContext context) {
        return new ApiClientsView(service, messages, context.locale(), zone, Clock.systemUTC());
    }
}
