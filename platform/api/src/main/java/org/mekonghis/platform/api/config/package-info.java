/**
 * Configuration from conf/mekong.properties, overridable by MEKONG_* environment variables.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.config;
