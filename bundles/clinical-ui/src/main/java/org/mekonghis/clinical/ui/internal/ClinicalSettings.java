package org.mekonghis.clinical.ui.internal;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.mekonghis.platform.api.config.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings of the clinical screens.
 *
 * @param zone         the facility's time zone, for days and times shown ({@value #TIME_ZONE_KEY})
 * @param facilityName the facility's name printed on tickets ({@value #FACILITY_NAME_KEY}); empty when not set
 */
public record ClinicalSettings(ZoneId zone, String facilityName) {
    private static final Logger LOG = LoggerFactory.getLogger(ClinicalSettings.class);

    public static final String TIME_ZONE_KEY = "clinical.ui.time-zone";
    public static final String FACILITY_NAME_KEY = "clinical.ui.facility-name";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static ClinicalSettings of(Configuration configuration) {
        String id = configuration.get(TIME_ZONE_KEY, DEFAULT_ZONE.getId());
        ZoneId zone;
        try {
            zone = ZoneId.of(id);
        } catch (DateTimeException e) {
            LOG.warn("{} = '{}' is not a time zone; using {}", TIME_ZONE_KEY, id, DEFAULT_ZONE);
            zone = DEFAULT_ZONE;
        }
        String name = configuration.get(FACILITY_NAME_KEY, "").strip();
        LOG.debug("{} = {}, {} = '{}'", TIME_ZONE_KEY, zone, FACILITY_NAME_KEY, name);
        return new ClinicalSettings(zone, name);
    }

    public Formats formats() {
        return new Formats(zone);
    }
}
