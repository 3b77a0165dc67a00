package org.mekonghis.platform.api.persistence;

import org.mekonghis.platform.api.MekongException;

/** A database unit could not be migrated, opened or used. */
public class PersistenceException extends MekongException {
    private static final long serialVersionUID = 1L;

    public PersistenceException(String code, String logMessage, Throwable cause) {
        super(code, 500, "error.persistence", logMessage, cause);
    }
}
