package org.mekonghis.clinical.ui.chart;

import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.ui.UiContributions;
import org.mekonghis.terminology.api.Icd10Service;

/** The services the patient chart works with. */
record ChartServices(PatientService patients, EncounterService encounters, DepartmentService departments,
        Icd10Service icd10, UiContributions contributions) {
}
