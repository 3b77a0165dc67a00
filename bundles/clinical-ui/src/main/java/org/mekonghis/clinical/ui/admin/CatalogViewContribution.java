package org.mekonghis.clinical.ui.admin;

import com.vaadin.flow.component.Component;

import org.mekonghis.clinical.ui.internal.SignedInViews;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;

/** What the catalog screens have in common: a fixed route under {@code catalogs/}, menu entry, permission and icon. */
abstract class CatalogViewContribution implements ViewContribution {

    private final String route;
    private final String titleKey;
    private final String permission;
    private final int order;
    private final String icon;
    private final Messages messages;
    private final SecurityContext security;

    CatalogViewContribution(String route, String titleKey, String permission, int order, String icon,
            Messages messages, SecurityContext security) {
        this.route = route;
        this.titleKey = titleKey;
        this.permission = permission;
        this.order = order;
        this.icon = icon;
        this.messages = messages;
        this.security = security;
    }

    @Override
    public final String route() {
        return route;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final String permission() {
        return permission;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final String icon() {
        return icon;
    }

    @Override
    public final Component createView(ViewContext context) {
        return SignedInViews.build(security, context.principal(),
                () -> build(new Texts(messages, context.locale())));
    }

    /** Builds the screen in the user's language. */
    abstract Component build(Texts texts);
}
