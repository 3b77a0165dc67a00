package org.mekonghis.platform.api.demo;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Demo data a bundle offers. When the HIS runs with demo data switched on ({@code --demo} or
 * {@code demo.enabled=true}), the platform calls {@link #load()} once per database, as the
 * system principal, the first time the contributor appears.
 */
@ConsumerType
public interface DemoDataContributor {

    /** Stable id, e.g. {@code sample.notices}; remembered once loaded. */
    String id();

    void load() throws Exception;
}
