package org.mekonghis.security.api;

/**
 * A new account and, when the system generated it, its initial password.
 *
 * @param user            the stored account
 * @param initialPassword the generated password, to hand to the user once; null when the administrator chose it.
 *                        It is stored only as a hash and cannot be shown again.
 * @since 1.0
 */
public record CreatedUser(UserDto user, String initialPassword) {

    @Override
    public String toString() {
        return "CreatedUser[user=" + user.id() + "]";
    }
}
