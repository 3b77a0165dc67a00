package org.mekonghis.patient.api;

/**
 * Administrative sex as recorded at registration.
 *
 * @since 1.0
 */
public enum Sex {
    MALE, FEMALE, UNKNOWN
}
