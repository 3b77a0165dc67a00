/**
 * Domain events with a transactional outbox, delivered at least once to subscribers.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mekonghis.platform.api.event;
