/**
 * Encounters: outpatient visits with a daily queue number per department, emergency visits, and
 * closing a visit with its outcome. Patients are referred to by their patient id only; other
 * modules refer to encounters by {@link EncounterDto#id()} and quote {@link EncounterDto#code()}
 * (the claim key) on documents.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.encounter.api;
