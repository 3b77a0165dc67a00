/**
 * The current principal, permission checks and the permissions bundles declare.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.mekonghis.platform.api.security;
