package org.mekonghis.clinical.ui.admin;

import com.vaadin.flow.component.Component;

import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Contributes the administration of departments, clinic rooms, wards and beds at {@code catalogs/facility}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class FacilityViewContribution extends CatalogViewContribution {
    private final DepartmentService departments;

    @Activate
    public FacilityViewContribution(@Reference DepartmentService departments, @Reference Messages messages,
            @Reference SecurityContext security) {
        super("catalogs/facility", "clinical.menu.facility", EncounterService.PERMISSION_ADMIN, 800,
                "vaadin:building", messages, security);
        this.departments = departments;
    }

    @Override
    Component build(Texts texts) {
        return new FacilityView(departments, texts);
    }
}
