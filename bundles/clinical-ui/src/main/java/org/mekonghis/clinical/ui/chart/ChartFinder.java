package org.mekonghis.clinical.ui.chart;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.mekonghis.clinical.ui.internal.Formats;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientLinks;
import org.mekonghis.clinical.ui.patient.PatientPicker;
import org.mekonghis.patient.api.PatientService;

/** The chart route without a patient: find one and open its chart. */
final class ChartFinder extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    ChartFinder(PatientService patients, Texts texts, Formats formats) {
        setId("chart-finder");
        PatientPicker picker = new PatientPicker(patients, texts, formats, "chart-finder",
                p -> UI.getCurrent().navigate(PatientLinks.chart(p.id())));
        picker.setMaxWidth("60rem");
        add(new H2(texts.get("clinical.chart.finder.title")), picker);
        picker.focus();
    }
}
