package org.mekonghis.platform.ui.host;

import java.util.List;

import org.osgi.framework.Bundle;

/**
 * The state of every bundle, as the administration page and {@code /api/health} show it, and
 * the record of failures that contributions caused (start, rendering, event handling, jobs).
 */
public interface PlatformStatus {

    /** Every installed bundle, the framework's own first, ordered by bundle id. */
    List<BundleStatus> bundles();

    /** Records that {@code bundle} failed while doing {@code activity}; its state shows FAILED until it restarts. */
    void recordFailure(Bundle bundle, String activity, Throwable error);

    /**
     * @param state  ACTIVE, RESOLVED, INSTALLED, STARTING, STOPPING or FAILED
     * @param error  what failed, or null
     * @param origin {@code framework}, {@code core} (from bundles/) or {@code plugin} (from plugins/)
     */
    record BundleStatus(long id, String symbolicName, String version, String state, String error, String origin) {
    }
}
