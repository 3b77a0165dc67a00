/**
 * User accounts, roles and API clients of the HIS: the administration services, their DTOs and
 * the errors they report. Signing in is the platform's
 * {@link org.mekonghis.platform.api.security.AuthenticationService}, which this module implements.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.security.api;
