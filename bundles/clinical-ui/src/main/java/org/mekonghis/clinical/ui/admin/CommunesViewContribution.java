package org.mekonghis.clinical.ui.admin;

import com.vaadin.flow.component.Component;

import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Contributes the commune catalog (import from CSV) at {@code catalogs/communes}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class CommunesViewContribution extends CatalogViewContribution {
    private final PatientService patients;

    @Activate
    public CommunesViewContribution(@Reference PatientService patients, @Reference Messages messages,
            @Reference SecurityContext security) {
        super("catalogs/communes", "clinical.menu.communes", PatientService.PERMISSION_CATALOG_ADMIN, 810,
                "vaadin:map-marker", messages, security);
        this.patients = patients;
    }

    @Override
    Component build(Texts texts) {
        return new CommunesView(patients, texts);
    }
}
