package org.mekonghis.clinical.ui.reception;

import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.patient.api.PatientService;

/** The services reception works with. */
record ReceptionServices(PatientService patients, EncounterService encounters, DepartmentService departments,
        QueueTickets tickets) {
}
