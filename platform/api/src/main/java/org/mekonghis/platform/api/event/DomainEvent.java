package org.mekonghis.platform.api.event;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A fact that happened in one module and that others may react to, e.g. {@code PatientRegistered}.
 *
 * <p>Events are usually records; they are stored as JSON, so their components must be plain
 * values (strings, numbers, booleans, {@code java.time} types, lists, maps, nested records).
 * Refer to other records by id, never by entity.
 */
@ConsumerType
public interface DomainEvent {

    /**
     * The topic subscribers select events by: {@code <module>.<EventName>}, e.g.
     * {@code patient.PatientRegistered}. Stable across versions.
     */
    String topic();
}
