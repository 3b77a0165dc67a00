/**
 * Scheduled jobs run by the platform as the system principal.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.job;
