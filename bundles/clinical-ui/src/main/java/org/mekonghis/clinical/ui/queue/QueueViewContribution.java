package org.mekonghis.clinical.ui.queue;

import java.time.Clock;

import com.vaadin.flow.component.Component;

import org.mekonghis.clinical.ui.internal.ClinicalSettings;
import org.mekonghis.clinical.ui.internal.SignedInViews;
import org.mekonghis.clinical.ui.internal.LiveUpdates;
import org.mekonghis.clinical.ui.internal.Remembered;
import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.clinical.ui.patient.PatientCache;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the doctor's room queue at {@code clinic/queue} ({@code encounter.read}). The room
 * comes from the {@code room} parameter ({@code clinic/queue?room=P101}), else from the one this
 * browser chose last.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class QueueViewContribution implements ViewContribution {
    public static final String ROUTE = "clinic/queue";
    static final String ROOM_PARAMETER = "room";
    static final String ROOM_COOKIE = "mekong-clinic-room";

    private final EncounterService encounters;
    private final DepartmentService departments;
    private final PatientService patients;
    private final LiveUpdates live;
    private final Messages messages;
    private final SecurityContext security;
    private final ClinicalSettings settings;

    @Activate
    public QueueViewContribution(@Reference EncounterService encounters, @Reference DepartmentService departments,
            @Reference PatientService patients, @Reference LiveUpdates live, @Reference Messages messages,
            @Reference SecurityContext security,
            @Reference Configuration configuration) {
        this.encounters = encounters;
        this.departments = departments;
        this.patients = patients;
        this.live = live;
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
        return "clinical.menu.queue";
    }

    @Override
    public String permission() {
        return EncounterService.PERMISSION_READ;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String icon() {
        return "vaadin:doctor";
    }

    @Override
    public Component createView(ViewContext context) {
        return SignedInViews.build(security, context.principal(), () -> build(context));
    }

    private Component build(ViewContext context) {
        Remembered remembered = new Remembered(ROOM_COOKIE);
        String room = context.parameters().getOrDefault(ROOM_PARAMETER, remembered.read().orElse(null));
        return new QueueView(encounters, departments, new PatientCache(patients), live,
                new Texts(messages, context.locale()), settings.formats(), Clock.systemUTC(), context.principal(),
                room, remembered::write);
    }
}
