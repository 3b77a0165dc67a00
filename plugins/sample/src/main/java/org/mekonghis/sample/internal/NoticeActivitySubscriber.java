package org.mekonghis.sample.internal;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.mekonghis.platform.api.event.EventEnvelope;
import org.mekonghis.platform.api.event.EventSubscriber;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.sample.api.NoticePosted;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a line of the activity feed for every posted notice. Delivery is at least once, so
 * the line is written through {@link Database#handleOnce}: a redelivered event changes nothing.
 */
@Component(service = EventSubscriber.class)
public final class NoticeActivitySubscriber implements EventSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeActivitySubscriber.class);

    /** Released ids never change: the platform remembers handled events under this id. */
    static final String ID = "sample.activity";

    private final Database database;
    private final Clock clock;

    @Activate
    public NoticeActivitySubscriber(@Reference SampleDatabase store) {
        this(store.database(), Clock.systemUTC());
    }

    NoticeActivitySubscriber(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(NoticePosted.TOPIC);
    }

    @Override
    public void onEvent(EventEnvelope event) {
        if (!NoticePosted.TOPIC.equals(event.topic())) {
            return;
        }
        NoticePosted posted = event.payload(NoticePosted.class);
        boolean recorded = database.handleOnce(ID, event, tx -> tx.em().persist(new Activity(
                UUID.randomUUID().toString(), event.id(), posted.noticeId(), posted.author(),
                "notice posted by " + posted.author(), clock.instant())));
        if (recorded) {
            LOG.debug("Activity recorded for event {} (notice {})", event.id(), posted.noticeId());
        } else {
            LOG.debug("Event {} was already recorded; redelivery ignored", event.id());
        }
    }
}
