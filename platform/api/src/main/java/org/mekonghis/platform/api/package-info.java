/**
 * Types shared by every part of the platform API: the error base type.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.mekonghis.platform.api;
