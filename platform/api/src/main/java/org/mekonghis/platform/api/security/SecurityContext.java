package org.mekonghis.platform.api.security;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The principal the current thread acts for, and the permission checks services make.
 * Checks belong in services: a REST call, a UI click and another bundle acting for a user all
 * pass through the same check.
 */
@ProviderType
public interface SecurityContext {

    /** The principal of the current thread, if any. */
    Optional<Principal> current();

    /**
     * Where the current request comes from (address, session), for the audit log; empty for work
     * the platform does on its own.
     *
     * @since 1.1
     */
    Optional<ClientInfo> client();

    /** Whether the current principal holds {@code permission}; false when nobody is signed in. */
    boolean isPermitted(String permission);

    /**
     * @throws AccessDeniedException when nobody is signed in or the principal lacks {@code permission}
     * @return the current principal
     */
    Principal require(String permission);

    /** Runs {@code work} as {@code principal} on the current thread, restoring the previous one after. */
    <T> T runAs(Principal principal, Callable<T> work) throws Exception;

    /**
     * Like {@link #runAs(Principal, Callable)}, also naming where the request comes from.
     *
     * @since 1.1
     */
    <T> T runAs(Principal principal, ClientInfo client, Callable<T> work) throws Exception;
}
