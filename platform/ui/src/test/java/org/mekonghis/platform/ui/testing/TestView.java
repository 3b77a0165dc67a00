package org.mekonghis.platform.ui.testing;

import java.util.function.Function;

import com.vaadin.flow.component.Component;

import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;

/** A view contribution for tests, built from its parts. */
public record TestView(String route, String titleKey, String permission, int order, String icon,
        Function<ViewContext, Component> factory) implements ViewContribution {

    @Override
    public Component createView(ViewContext context) {
        return factory.apply(context);
    }
}
