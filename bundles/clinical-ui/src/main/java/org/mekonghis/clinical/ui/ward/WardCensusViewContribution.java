package org.mekonghis.clinical.ui.ward;

import java.time.Clock;

import com.vaadin.flow.component.Component;

import org.mekonghis.clinical.ui.internal.ClinicalSettings;
import org.mekonghis.clinical.ui.internal.SignedInViews;
import org.mekonghis.clinical.ui.internal.Remembered;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.InpatientService;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the ward census at {@code wards/census} ({@code encounter.read}). The department
 * comes from the {@code department} parameter, else from the one this browser chose last.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class WardCensusViewContribution implements ViewContribution {
    public static final String ROUTE = "wards/census";
    static final String DEPARTMENT_PARAMETER = "department";
    static final String DEPARTMENT_COOKIE = "mekong-ward-department";

    private final WardServices services;
    private final Messages messages;
    private final SecurityContext security;
    private final ClinicalSettings settings;

    @Activate
    public WardCensusViewContribution(@Reference InpatientService inpatients, @Reference EncounterService encounters,
            @Reference DepartmentService departments, @Reference PatientService patients,
            @Reference Messages messages,
            @Reference SecurityContext security, @Reference Configuration configuration) {
        this.services = new WardServices(inpatients, encounters, departments, patients);
        this.messages = messages;
        this.security = security;
        this.settings = ClinicalSettings.of(configuration);
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "clinical.menu.census";
    }

    @Override
    public String permission() {
        return EncounterService.PERMISSION_READ;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String icon() {
        return "vaadin:bed";
    }

    @Override
    public Component createView(ViewContext context) {
        return SignedInViews.build(security, context.principal(), () -> build(context));
    }

    private Component build(ViewContext context) {
        Remembered remembered = new Remembered(DEPARTMENT_COOKIE);
        String department = context.parameters().getOrDefault(DEPARTMENT_PARAMETER, remembered.read().orElse(null));
        return new WardCensusView(services, new Texts(messages, context.locale()), settings.formats(),
                Clock.systemUTC(), context.principal(), department, remembered::write);
    }
}
