package org.mekonghis.encounter.api;

/**
 * Where an encounter stands.
 *
 * @since 1.0
 */
public enum EncounterStatus {
    OPEN,
    CLOSED
}
