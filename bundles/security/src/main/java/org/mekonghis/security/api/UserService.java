package org.mekonghis.security.api;

import java.util.List;
import java.util.Set;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * User accounts. Every method requires the permission {@value #PERMISSION} of the current
 * principal ({@link AccessDeniedException} otherwise) and every change is audited
 * ({@code ADMINISTER}, record type {@value #RECORD_TYPE}). Accounts are never deleted, only
 * deactivated.
 *
 * @since 1.0
 */
@ProviderType
public interface UserService {

    /** The permission to manage user accounts. */
    String PERMISSION = "security.users.manage";

    /** The record type of audit entries about accounts. */
    String RECORD_TYPE = "security.user";

    /** The pattern of user names (after lower-casing). */
    String USERNAME_PATTERN = "[a-z0-9._-]{3,50}";

    int FULL_NAME_MAX_LENGTH = 200;
    int CERTIFICATE_MAX_LENGTH = 30;
    int DEPARTMENT_MAX_LENGTH = 30;

    /** The most accounts {@link #search} returns at once. */
    int SEARCH_MAX = 500;

    /**
     * Accounts whose user name or full name contains {@code query}, ignoring case and Vietnamese
     * diacritics ("nguyen van a" finds "Nguyễn Văn A"), ordered by user name. Inactive accounts
     * are included.
     *
     * @param query  the text to look for; null or blank lists every account
     * @param offset how many matches to skip, from 0
     * @param limit  how many at most, from 1; values above {@value #SEARCH_MAX} are treated as {@value #SEARCH_MAX}
     */
    List<UserDto> search(String query, int offset, int limit);

    /** @throws UserNotFoundException when no account has this id */
    UserDto get(String userId);

    /**
     * Creates an active account.
     *
     * @param username        the login name, lower-cased, matching {@value #USERNAME_PATTERN}, unique
     * @param details         what is known about the user
     * @param roles           codes of existing roles; null means none
     * @param initialPassword a password meeting the policy, or null to generate one; a generated password
     *                        must be changed at first sign-in
     * @return the account, with the generated password when one was generated
     * @throws InvalidSecurityDataException when a value is invalid, the name is taken or a role does not exist
     * @throws org.mekonghis.platform.api.security.PasswordPolicyException when {@code initialPassword} breaks the policy
     */
    CreatedUser create(String username, UserDetails details, Set<String> roles, String initialPassword);

    /**
     * Changes what is known about a user; the user name cannot change.
     *
     * @throws UserNotFoundException when no account has this id
     * @throws InvalidSecurityDataException when a value is invalid
     */
    UserDto update(String userId, UserDetails details);

    /**
     * Replaces the user's roles. Takes effect at the user's next request (within seconds on other nodes).
     *
     * @throws InvalidSecurityDataException when a role does not exist, or administrators would remove their
     *         own ADMINISTRATOR role
     */
    UserDto assignRoles(String userId, Set<String> roles);

    /**
     * Deactivates an account: the user can no longer sign in and their tokens stop working.
     * Deactivating an inactive account changes nothing.
     *
     * @throws InvalidSecurityDataException when administrators try to deactivate themselves
     */
    UserDto deactivate(String userId);

    /** Reactivates an account; reactivating an active account changes nothing. */
    UserDto reactivate(String userId);

    /**
     * Gives the user a new generated password that must be changed at the next sign-in, ends a
     * lock and revokes the user's tokens.
     *
     * @return the generated password, to hand to the user once; it cannot be shown again
     */
    String resetPassword(String userId);

    /** Ends a lock after repeated failed sign-ins before it would expire. */
    UserDto unlock(String userId);

    /** The roles that can be given to users, by code (so that managing users does not need the right to manage roles). */
    List<RoleDto> assignableRoles();
}
