package org.mekonghis.clinical.ui.chart;

import java.time.Clock;

import com.vaadin.flow.component.Component;

import org.mekonghis.clinical.ui.internal.ClinicalSettings;
import org.mekonghis.clinical.ui.internal.SignedInViews;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientLinks;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.UiContributions;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.mekonghis.terminology.api.Icd10Service;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the patient chart at {@code patients/<patient id>} ({@code patient.read}); the route
 * alone finds a patient to open. Opening a chart reads the record (an audited READ); an unknown
 * id shows the platform's notice for the registry's "not found".
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ChartViewContribution implements ViewContribution {

    private final ChartServices services;
    private final Messages messages;
    private final SecurityContext security;
    private final ClinicalSettings settings;

    @Activate
    public ChartViewContribution(@Reference PatientService patients, @Reference EncounterService encounters,
            @Reference DepartmentService departments, @Reference Icd10Service icd10,
            @Reference UiContributions contributions, @Reference Messages messages,
            @Reference SecurityContext security,
            @Reference Configuration configuration) {
        this.services = new ChartServices(patients, encounters, departments, icd10, contributions);
        this.messages = messages;
        this.security = security;
        this.settings = ClinicalSettings.of(configuration);
    }

    @Override
    public String route() {
        return PatientLinks.CHART_ROUTE;
    }

    @Override
    public String titleKey() {
        return "clinical.menu.chart";
    }

    @Override
    public String permission() {
        return PatientService.PERMISSION_READ;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String icon() {
        return "vaadin:file-text-o";
    }

    @Override
    public Component createView(ViewContext context) {
        return SignedInViews.build(security, context.principal(), () -> build(context));
    }

    private Component build(ViewContext context) {
        Texts texts = new Texts(messages, context.locale());
        if (context.path().isEmpty()) {
            return new ChartFinder(services.patients(), texts, settings.formats());
        }
        return new ChartView(services, texts, settings.formats(), Clock.systemUTC(), context.principal(),
                services.patients().get(context.path().get(0)));
    }
}
