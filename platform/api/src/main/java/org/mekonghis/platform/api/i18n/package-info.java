/**
 * Translations: Vietnamese by default, English available.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.mekonghis.platform.api.i18n;
