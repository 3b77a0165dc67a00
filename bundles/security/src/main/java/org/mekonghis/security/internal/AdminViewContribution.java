package org.mekonghis.security.internal;

import org.mekonghis.platform.api.ui.ViewContribution;

/** What the security module's administration screens have in common: a fixed route, menu entry and permission. */
abstract class AdminViewContribution implements ViewContribution {

    private final String route;
    private final String titleKey;
    private final String permission;
    private final int order;
    private final String icon;

    AdminViewContribution(String route, String titleKey, String permission, int order, String icon) {
        this.route = route;
        this.titleKey = titleKey;
        this.permission = permission;
        this.order = order;
        this.icon = icon;
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
}
