package org.mekonghis.platform.api.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What screens use to show other bundles' contributions to their records: patient-chart tabs
 * and record actions, already filtered by the current user's permissions and isolated, so a
 * failing contribution shows as an error in its place.
 */
@ProviderType
public interface UiContributions {

    /** The chart tabs the current user may see, in order. */
    List<ChartTabContribution> chartTabs();

    /** The actions on records of {@code recordType} the current user may run, in order. */
    List<RecordActionContribution> actionsFor(String recordType);

    /** Builds a chart tab's content; a failing tab yields an error panel instead of an exception. */
    Component renderTab(ChartTabContribution tab, String patientId);

    /** A bar of buttons, one per action on the record; failures show as notifications. */
    Component actionBar(String recordType, String recordId);
}
