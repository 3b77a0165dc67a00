package org.mekonghis.clinical.ui.admin;

import com.vaadin.flow.component.Component;

import org.mekonghis.clinical.ui.internal.Texts;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.mekonghis.terminology.api.Icd10Service;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Contributes the ICD-10 catalog (import from CSV or Excel, search) at {@code catalogs/icd10}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class Icd10ViewContribution extends CatalogViewContribution {
    private final Icd10Service icd10;

    @Activate
    public Icd10ViewContribution(@Reference Icd10Service icd10, @Reference Messages messages,
            @Reference SecurityContext security) {
        super("catalogs/icd10", "clinical.menu.icd10", Icd10Service.PERMISSION_ADMIN, 820, "vaadin:book",
                messages, security);
        this.icd10 = icd10;
    }

    @Override
    Component build(Texts texts) {
        return new Icd10View(icd10, texts);
    }
}
