/**
 * The patient registry: registration with Vietnamese demographics, one-box search, change
 * history and voiding. Other modules refer to patients by {@link PatientDto#id()} only.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.mekonghis.patient.api;
