package org.mekonghis.platform.testing.it;

import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;

import org.mekonghis.platform.api.event.DomainEvent;
import org.mekonghis.platform.api.event.EventEnvelope;
import org.mekonghis.platform.api.event.EventSubscriber;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.persistence.PersistenceUnit;
import org.mekonghis.platform.api.ui.ViewContext;
import org.mekonghis.platform.api.ui.ViewContribution;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Activator of the misbehaving test plugins; its manifest header {@code Test-Fault} says how it
 * misbehaves: {@code start} throws while starting, {@code view} contributes a view that throws
 * while rendering, {@code subscriber} publishes events to a subscriber that always throws
 * (and to one that works, to prove the others keep flowing).
 */
public class FaultyActivator implements BundleActivator {

    /** An event of the test plugin. */
    public record Ping(int n) implements DomainEvent {
        @Override
        public String topic() {
            return "faulty.Ping";
        }
    }

    @Override
    public void start(BundleContext context) {
        String fault = context.getBundle().getHeaders().get("Test-Fault");
        switch (fault) {
            case "start" -> throw new IllegalStateException("faulty plugin refuses to start");
            case "view" -> context.registerService(ViewContribution.class, new ViewContribution() {
                @Override
                public String route() {
                    return "faulty/view";
                }

                @Override
                public String titleKey() {
                    return "faulty.view";
                }

                @Override
                public String permission() {
                    return null;
                }

                @Override
                public Component createView(ViewContext ctx) {
                    throw new IllegalStateException("faulty view cannot render");
                }
            }, null);
            case "subscriber" -> {
                PersistenceService persistence = context.getService(context.getServiceReference(PersistenceService.class));
                Database db = persistence.open(PersistenceUnit.ofBundle(context.getBundle(), "faulty", "db/faulty/changelog.xml"));
                context.registerService(EventSubscriber.class, subscriber("faulty.broken", e -> {
                    throw new IllegalStateException("faulty subscriber fails on " + e.id());
                }), null);
                List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
                context.registerService(EventSubscriber.class, subscriber("faulty.working", e -> seen.add(e.id())), null);
                Hashtable<String, Object> props = new Hashtable<>();
                props.put("faulty", "publish");
                context.registerService(Runnable.class, () -> db.run(tx -> tx.publish(new Ping(1))), props);
                Hashtable<String, Object> seenProps = new Hashtable<>();
                seenProps.put("faulty", "seen");
                context.registerService(java.util.function.Supplier.class, () -> List.copyOf(seen), seenProps);
            }
            default -> throw new IllegalArgumentException("unknown fault " + fault);
        }
    }

    @Override
    public void stop(BundleContext context) {
    }

    interface Handler {
        void handle(EventEnvelope e) throws Exception;
    }

    private static EventSubscriber subscriber(String id, Handler handler) {
        return new EventSubscriber() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Set<String> topics() {
                return Set.of("faulty.Ping");
            }

            @Override
            public void onEvent(EventEnvelope event) throws Exception {
                handler.handle(event);
            }
        };
    }
}
