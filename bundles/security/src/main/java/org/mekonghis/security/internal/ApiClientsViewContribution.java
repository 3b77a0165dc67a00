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
public final class ApiClientsViewContribution extends AdminViewContribution {

    private final ApiClientService service;
    private final Messages messages;
    private final ZoneId zone;

    @Activate
    public ApiClientsViewContribution(@Reference ApiClientService service, @Reference Messages messages,
            @Reference Configuration configuration) {
        super("admin/api-clients", "security.menu.clients", ApiClientService.PERMISSION, 912, "vaadin:connect");
        this.service = service;
        this.messages = messages;
        this.zone = SecurityViews.zone(configuration);
    }

    @Override
    public Component createView(ViewContext context) {
        return new ApiClientsView(service, messages, context.locale(), zone, Clock.systemUTC());
    }
}
