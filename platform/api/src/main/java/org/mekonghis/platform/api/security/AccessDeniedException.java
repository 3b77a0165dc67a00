package org.mekonghis.platform.api.security;

import org.mekonghis.platform.api.MekongException;

/** The current principal may not do what it asked; REST answers 403 (401 when nobody is signed in). */
public class AccessDeniedException extends MekongException {
    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String principalId, String permission) {
        super(principalId == null ? "HIS-0002" : "HIS-0003", principalId == null ? 401 : 403,
                principalId == null ? "error.notAuthenticated" : "error.accessDenied",
                principalId == null ? "not signed in; permission " + permission + " required"
                        : "principal " + principalId + " lacks permission " + permission,
                permission);
        this.permission = permission;
    }

    /** The permission that was missing. */
    public String permission() {
        return permission;
    }
}
