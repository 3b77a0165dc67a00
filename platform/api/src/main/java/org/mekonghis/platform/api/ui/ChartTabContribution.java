package org.mekonghis.platform.api.ui;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A tab of the patient chart (EMR notes, lab results, medications, images, invoices...).
 * Register it as an OSGi service; the chart shows the tabs whose permission the user holds,
 * ordered by {@link #order()}.
 */
@ConsumerType
public interface ChartTabContribution {

    /** Stable id, e.g. {@code lab.results}. */
    String id();

    /** The i18n key of the tab's title. */
    String titleKey();

    /** The permission needed to see the tab; null means any signed-in user. */
    String permission();

    default int order() {
        return 100;
    }

    /** Builds the tab's content for one patient, identified by its internal id. */
    Component createTab(String patientId, ViewContext context);
}
