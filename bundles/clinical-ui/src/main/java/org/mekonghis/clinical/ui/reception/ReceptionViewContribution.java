package org.mekonghis.clinical.ui.reception;

import java.time.Clock;

import com.vaadin.flow.component.Component;

import org.mekonghis.clinical.ui.internal.ClinicalSettings;
import org.mekonghis.clinical.ui.internal.SignedInViews;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.document.DocumentRenderer;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes reception at {@code reception}. The menu entry needs {@code encounter.open} (checking
 * patients in is what reception is for); the screen also needs {@code patient.read} to search.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ReceptionViewContribution implements ViewContribution {
    public static final String ROUTE = "reception";

    private final PatientService patients;
    private final EncounterService encounters;
    private final DepartmentService departments;
    private final Messages messages;
    private final SecurityContext security;
    private final ClinicalSettings settings;
    private final DocumentRenderer renderer;
    private final AuditLog audit;

    @Activate
    public ReceptionViewContribution(@Reference PatientService patients, @Reference EncounterService encounters,
            @Reference DepartmentService departments, @Reference DocumentRenderer renderer,
            @Reference AuditLog audit, @Reference Messages messages,
            @Reference SecurityContext security, @Reference Configuration configuration) {
        this.messages = messages;
        this.security = security;
        this.settings = ClinicalSettings.of(configuration);
        this.renderer = renderer;
        this.audit = audit;
        this.patients = patients;
        this.encounters = encounters;
        this.departments = departments;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "clinical.menu.reception";
    }

    @Override
    public String permission() {
        return EncounterService.PERMISSION_OPEN;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String icon() {
        return "vaadin:user-card";
    }

    @Override
    public Component createView(ViewContext context) {
        return SignedInViews.build(security, context.principal(), () -> build(context));
    }

    private Component build(ViewContext context) {
        if (!context.principal().has(PatientService.PERMISSION_READ)) {
            throw new AccessDeniedException(context.principal().id(), PatientService.PERMISSION_READ);
        }
        Texts texts = new Texts(messages, context.locale());
        Texts ticketTexts = new Texts(messages, Messages.VIETNAMESE);
        String facility = settings.facilityName().isEmpty() ? ticketTexts.get("clinical.ticket.facilityUnset")
                : settings.facilityName();
        QueueTickets tickets = new QueueTickets(renderer, audit, ticketTexts, settings.formats(), facility);
        return new ReceptionView(new ReceptionServices(patients, encounters, departments, tickets), texts,
                settings.formats(), Clock.systemUTC(),
                context.principal().has(PatientService.PERMISSION_REGISTER));
    }
}
