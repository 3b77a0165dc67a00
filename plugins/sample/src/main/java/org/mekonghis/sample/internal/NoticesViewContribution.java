package org.mekonghis.sample.internal;

import java.time.DateTimeException;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;

import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.mekonghis.sample.api.NoticeBoard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contributes the notice board screen at {@code sample/notices}. This component is the factory:
 * each navigation gets a new {@link NoticesView} built with the services injected here.
 *
 * <p>Settings: {@code sample.board.time-zone} (default {@code Asia/Ho_Chi_Minh}), the zone
 * times are shown in, and {@code sample.board.page-size} (default 50), how many notices the
 * screen lists.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class NoticesViewContribution implements ViewContribution {
    private static final Logger LOG = LoggerFactory.getLogger(NoticesViewContribution.class);

    static final String TIME_ZONE = "sample.board.time-zone";
    static final String PAGE_SIZE = "sample.board.page-size";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final NoticeBoard board;
    private final ActivityLog activity;
    private final Messages messages;
    private final ZoneId zone;
    private final int pageSize;

    @Activate
    public NoticesViewContribution(@Reference NoticeBoard board, @Reference ActivityLog activity,
            @Reference Messages messages, @Reference Configuration configuration) {
        this.board = board;
        this.activity = activity;
        this.messages = messages;
        this.zone = zone(configuration.get(TIME_ZONE, DEFAULT_ZONE.getId()));
        this.pageSize = Math.max(1, Math.min(configuration.getInt(PAGE_SIZE, 50), NoticeBoard.LIST_MAX));
        LOG.debug("Notice board shows {} notices, times in {}", pageSize, zone);
    }

    @Override
    public String route() {
        return "sample/notices";
    }

    @Override
    public String titleKey() {
        return "sample.menu.notices";
    }

    @Override
    public String permission() {
        return NoticeBoard.PERMISSION;
    }

    @Override
    public String icon() {
        return "vaadin:clipboard-text";
    }

    @Override
    public Component createView(ViewContext context) {
        return new NoticesView(board, activity, messages, context.locale(), zone, pageSize);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            LOG.warn("{} = '{}' is not a time zone; using {}", TIME_ZONE, id, DEFAULT_ZONE);
            return DEFAULT_ZONE;
        }
    }
}
