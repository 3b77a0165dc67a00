package org.mekonghis.platform.testing.it;

import java.util.Hashtable;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.mekonghis.platform.api.event.DomainEvent;
import org.mekonghis.platform.api.event.EventEnvelope;
import org.mekonghis.platform.api.event.EventSubscriber;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.persistence.PersistenceUnit;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The persistence test plugin: one entity with a migration, an event published with each note,
 * and a subscriber that handles each event once. The test drives it through a
 * {@code Function<String, Object>} service: {@code save:TEXT}, {@code fail:TEXT} (saves, publishes,
 * then throws), {@code count}, {@code handled}.
 */
public class NotesActivator implements BundleActivator {

    /** Published with every note. */
    public record NoteSaved(String noteId, String text) implements DomainEvent {
        @Override
        public String topic() {
            return "tst.NoteSaved";
        }
    }

    @Override
    public void start(BundleContext context) {
        PersistenceService persistence = context.getService(context.getServiceReference(PersistenceService.class));
        Database db = persistence.open(PersistenceUnit.ofBundle(context.getBundle(), "tst", "db/tst/changelog.xml",
                Note.class, Handled.class));
        Function<String, Object> ops = op -> {
            String[] parts = op.split(":", 2);
            return switch (parts[0]) {
                case "save" -> db.inTransaction(tx -> {
                    String id = UUID.randomUUID().toString();
                    tx.em().persist(new Note(id, parts[1]));
                    tx.publish(new NoteSaved(id, parts[1]));
                    return id;
                });
                case "fail" -> db.inTransaction(tx -> {
                    String id = UUID.randomUUID().toString();
                    tx.em().persist(new Note(id, parts[1]));
                    tx.publish(new NoteSaved(id, parts[1]));
                    tx.em().flush();
                    throw new IllegalStateException("rolled back on purpose");
                });
                case "count" -> db.read(em -> em.createQuery("SELECT COUNT(n) FROM Note n", Long.class).getSingleResult());
                case "texts" -> db.read(em -> em.createQuery("SELECT n.text FROM Note n ORDER BY n.text", String.class)
                        .getResultList());
                case "handled" -> db.read(em -> em.createQuery("SELECT COUNT(h) FROM Handled h", Long.class).getSingleResult());
                default -> throw new IllegalArgumentException(op);
            };
        };
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("tst", "notes");
        context.registerService(Function.class, ops, props);
        context.registerService(EventSubscriber.class, new EventSubscriber() {
            @Override
            public String id() {
                return "tst.handler";
            }

            @Override
            public Set<String> topics() {
                return Set.of("tst.NoteSaved");
            }

            @Override
            public void onEvent(EventEnvelope event) {
                NoteSaved saved = event.payload(NoteSaved.class);
                if (saved.noteId() == null) {
                    throw new IllegalStateException("event without note id");
                }
                db.handleOnce(id(), event, tx -> tx.em().persist(new Handled(UUID.randomUUID().toString(), event.id())));
            }
        }, null);
    }

    @Override
    public void stop(BundleContext context) {
    }
}
