/**
 * The audit log: who read or changed which patient's data, when, from where, with what outcome.
 * Append-only and tamper-evident: each entry carries the hash of the one before.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.audit;
