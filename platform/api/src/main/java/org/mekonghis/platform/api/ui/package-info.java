/**
 * UI contributions: views with menu entries, patient-chart tabs and actions on records.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.ui;
