package org.mekonghis.platform.api.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Signs users and partner systems in. Implemented by the security module; the UI shell's login
 * page and the platform's {@code /api/} filter use it. Every attempt is audited (LOGIN,
 * LOGIN_FAILED, LOGOUT); repeated failures lock the account for a while.
 *
 * @since 1.1
 */
@ProviderType
public interface AuthenticationService {

    /**
     * Checks a user's password.
     *
     * @throws AuthenticationException with code SEC-0001 (wrong user name or password, never saying which),
     *         SEC-0002 (locked after repeated failures; the lock's end is an argument) or SEC-0003 (account inactive)
     */
    LoginResult login(String username, String password, ClientInfo client);

    /**
     * Checks a user's password, as {@link #login}, and issues a short-lived bearer token for the
     * REST API ({@code POST /api/auth/token}).
     */
    AccessToken issueToken(String username, String password, ClientInfo client);

    /**
     * The principal a bearer token stands for: a user's short-lived token or an API client's
     * long-lived one, scoped to the client's permissions. Empty for an unknown, expired or
     * revoked token.
     */
    Optional<Principal> authenticateToken(String token, ClientInfo client);

    /**
     * The principal as it stands now: permissions follow role changes, and an account made
     * inactive since sign-in yields empty. Cheap enough to call on every request.
     */
    Optional<Principal> refresh(Principal principal);

    /** Records the end of a UI session (LOGOUT). */
    void logout(Principal principal, ClientInfo client);

    /**
     * Changes the signed-in user's own password.
     *
     * @throws AuthenticationException SEC-0001 when {@code currentPassword} is wrong
     * @throws PasswordPolicyException when the new password does not meet the policy
     */
    void changePassword(Principal principal, String currentPassword, String newPassword, ClientInfo client);

    /**
     * @param principal          who signed in
     * @param mustChangePassword the password was generated (first administrator) or reset, and
     *                           must be changed before anything else
     */
    record LoginResult(Principal principal, boolean mustChangePassword) {
    }

    /**
     * @param accessToken      the bearer token, shown once
     * @param expiresInSeconds its lifetime
     */
    record AccessToken(String accessToken, long expiresInSeconds) {
    }
}
