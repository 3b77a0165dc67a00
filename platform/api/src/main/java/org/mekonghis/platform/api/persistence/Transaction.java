package org.mekonghis.platform.api.persistence;

import jakarta.persistence.EntityManager;

import org.mekonghis.platform.api.event.DomainEvent;
import org.osgi.annotation.versioning.ProviderType;

/** An open transaction of a {@link Database}. Valid only inside the work it was handed to. */
@ProviderType
public interface Transaction {

    /** The entity manager of this transaction. */
    EntityManager em();

    /**
     * Stores {@code event} in the outbox in this transaction. It is delivered to subscribers
     * only once the transaction commits, and never if it rolls back.
     *
     * @return the id given to the event
     */
    String publish(DomainEvent event);
}
