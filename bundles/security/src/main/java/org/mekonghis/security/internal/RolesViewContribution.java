package org.mekonghis.security.internal;

import com.vaadin.flow.component.Component;

import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.mekonghis.security.api.RoleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Contributes the screen at {@code admin/roles}; each navigation gets a new view. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class RolesViewContribution extends AdminViewContribution {

    private final RoleService service;
    private final Messages messages;

    @Activate
    public RolesViewContribution(@Reference RoleService service, @Reference Messages messages) {
        super("admin/roles", "security.menu.roles", RoleService.PERMISSION, 911, "vaadin:key");
        this.service = service;
        this.messages = messages;
    }

    @Override
    public Component createView(ViewContext context) {
        return new RolesView(service, messages, context.locale());
    }
}
