package org.mekonghis.security.internal;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.mekonghis.platform.api.config.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The time zone the administration screens show times in: {@code security.ui.time-zone}, default Asia/Ho_Chi_Minh. */
final class SecurityViews {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityViews.class);

    static final String TIME_ZONE = "security.ui.time-zone";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private SecurityViews() {
    }

    static ZoneId zone(Configuration configuration) {
        String id = configuration.get(TIME_ZONE, DEFAULT_ZONE.getId());
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            LOG.warn("{} = '{}' is not a time zone; using {}", TIME_ZONE, id, DEFAULT_ZONE);
            return DEFAULT_ZONE;
        }
    }
}
