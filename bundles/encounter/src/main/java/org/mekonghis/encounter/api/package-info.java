/**
 * Encounters: outpatient visits queued per clinic room and day, emergency visits (also of
 * unidentified patients), inpatient stays with beds, transfers, leave and discharge, the
 * insurance coverage and diagnoses of a visit, and closing a visit with its outcome; and the
 * facility's departments, clinic rooms, wards and beds. Patients are referred to by their patient
 * id only; other modules refer to encounters by {@link EncounterDto#id()} and quote
 * {@link EncounterDto#code()} (the claim key) on documents.
 *
 * <p>Services: {@link EncounterService} (check-in, room queues, diagnoses, closing),
 * {@link InpatientService} (admission, transfer, leave, discharge, census) and
 * {@link DepartmentService} (the facility's layout and its administration).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.mekonghis.encounter.api;
