/**
 * Demo data loaded on request (--demo) by the bundles that offer it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.demo;
