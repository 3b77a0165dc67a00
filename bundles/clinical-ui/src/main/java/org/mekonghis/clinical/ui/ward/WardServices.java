package org.mekonghis.clinical.ui.ward;

import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.InpatientService;
import org.mekonghis.patient.api.PatientService;

/** The services the ward census works with. */
record WardServices(InpatientService inpatients, EncounterService encounters, DepartmentService departments,
        PatientService patients) {
}
