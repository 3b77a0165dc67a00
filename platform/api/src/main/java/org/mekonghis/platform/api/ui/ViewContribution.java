package org.mekonghis.platform.api.ui;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A screen contributed by a bundle: a route, a menu entry and the permission needed to use it.
 *
 * <p>Register it as an OSGi service. The shell adds the route and the menu entry while the
 * service is registered and removes them when it goes away. {@link #createView(ViewContext)}
 * is called on every navigation to the route; an exception there is shown as an error in place
 * of the view and recorded against the bundle, and the rest of the HIS keeps working.
 * Views are built from vaadin-core components only: a bundle cannot bring frontend code.
 */
@ConsumerType
public interface ViewContribution {

    /** The route, relative to the application root, e.g. {@code sample/notices}. Lower case, '/'-separated. */
    String route();

    /** The i18n key of the menu entry and page title. */
    String titleKey();

    /** The permission a user needs to see the entry and open the view; null means any signed-in user. */
    String permission();

    /** Position in the menu; lower comes first. */
    default int order() {
        return 100;
    }

    /** Optional Vaadin icon name (e.g. {@code vaadin:clipboard-text}), or null. */
    default String icon() {
        return null;
    }

    /** Builds a new instance of the view. */
    Component createView(ViewContext context);
}
