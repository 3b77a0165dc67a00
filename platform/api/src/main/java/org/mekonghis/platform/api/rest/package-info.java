/**
 * REST endpoints contributed under /api/&lt;name&gt;/.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.rest;
