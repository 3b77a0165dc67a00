/**
 * The diagnosis catalog: ICD-10 codes with their Vietnamese and English names, the 22 chapters,
 * search, and the administrator's import of the Ministry of Health list. Other modules keep
 * diagnoses as normalized codes ({@link Icd10Code#code()}) and ask {@link Icd10Service} for names.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.terminology.api;
