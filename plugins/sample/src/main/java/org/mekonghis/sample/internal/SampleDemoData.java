package org.mekonghis.sample.internal;

import java.util.List;

import org.mekonghis.platform.api.demo.DemoDataContributor;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.sample.api.NoticeBoard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A few realistic notices for demonstrations, in the default language. Posted through the board
 * like any other notice (the platform runs this as the system principal), so the activity feed
 * fills in too.
 */
@Component(service = DemoDataContributor.class)
public final class SampleDemoData implements DemoDataContributor {
    /** Key stems of the demo notices in i18n/sample, posted in this order (the last is newest). */
    static final List<String> NOTICES = List.of("vaccination", "fireDrill", "wardMeeting");

    private final NoticeBoard board;
    private final Messages messages;

    @Activate
    public SampleDemoData(@Reference NoticeBoard board, @Reference Messages messages) {
        this.board = board;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "sample.notices";
    }

    @Override
    public void load() {
        for (String notice : NOTICES) {
            board.post(messages.get(Messages.VIETNAMESE, "sample.demo." + notice + ".title"),
                    messages.get(Messages.VIETNAMESE, "sample.demo." + notice + ".body"));
        }
    }
}
