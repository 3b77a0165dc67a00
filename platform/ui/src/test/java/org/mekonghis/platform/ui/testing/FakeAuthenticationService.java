package org.mekonghis.platform.ui.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.mekonghis.platform.api.security.AuthenticationException;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.PasswordPolicyException;
import org.mekonghis.platform.api.security.Principal;

/**
 * An {@link AuthenticationService} for tests with a few fixed accounts, the error codes and
 * message keys of the security bundle, and a record of every call.
 */
public final class FakeAuthenticationService implements AuthenticationService {

    /** An administrator: every permission. */
    public static final Principal ADMIN = new Principal("u-1", "admin", "Nguyễn Văn An", Principal.Kind.USER,
            Set.of(Principal.ALL_PERMISSIONS));
    /** A nurse who may read test screens only. */
    public static final Principal NURSE = new Principal("u-2", "nurse", "Trần Thị Bình", Principal.Kind.USER,
            Set.of("test.read"));
    /** An auditor: test screens and the audit log, not the bundles page. */
    public static final Principal AUDITOR = new Principal("u-3", "auditor", "Lê Văn Cường", Principal.Kind.USER,
            Set.of("test.read", "platform.audit.read"));
    /** A user whose password was reset and must be changed first. */
    public static final Principal NEWCOMER = new Principal("u-4", "newcomer", "Phạm Thị Dung", Principal.Kind.USER,
            Set.of("test.read"));

    /** The password of every test account. */
    public static final String PASSWORD = "Mekong2025";
    /** User name of an account locked until {@link #LOCKED_UNTIL}. */
    public static final String LOCKED_USER = "locked";
    /** 14:30 in Vietnam on 5 March 2025. */
    public static final Instant LOCKED_UNTIL = Instant.parse("2025-03-05T07:30:00Z");
    /** User name of an inactive account. */
    public static final String INACTIVE_USER = "inactive";
    /** The minimum length of a new password. */
    public static final int MIN_LENGTH = 10;

    /** One call of the service. */
    public record Call(String method, String username, ClientInfo client) {
    }

    private final Map<String, Principal> accounts = new ConcurrentHashMap<>(Map.of(
            ADMIN.username(), ADMIN, NURSE.username(), NURSE, AUDITOR.username(), AUDITOR,
            NEWCOMER.username(), NEWCOMER));
    private final Map<String, String> passwords = new ConcurrentHashMap<>(Map.of(
            ADMIN.username(), PASSWORD, NURSE.username(), PASSWORD, AUDITOR.username(), PASSWORD,
            NEWCOMER.username(), PASSWORD));
    private final Set<String> mustChange = ConcurrentHashMap.newKeySet();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public FakeAuthenticationService() {
        mustChange.add(NEWCOMER.username());
    }

    /** Every call so far, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Puts the newcomer back to its first state: initial password, to be changed. */
    public void resetNewcomer() {
        passwords.put(NEWCOMER.username(), PASSWORD);
        mustChange.add(NEWCOMER.username());
    }

    @Override
    public LoginResult login(String username, String password, ClientInfo client) {
        calls.add(new Call("login", username, client));
        if (LOCKED_USER.equals(username)) {
            throw new AuthenticationException("SEC-0002", "error.sec.locked", "account locked", LOCKED_UNTIL);
        }
        if (INACTIVE_USER.equals(username)) {
            throw new AuthenticationException("SEC-0003", "error.sec.inactive", "account inactive");
        }
        Principal principal = username == null ? null : accounts.get(username);
        if (principal == null || !passwords.get(username).equals(password)) {
            throw new AuthenticationException("SEC-0001", "error.sec.badCredentials", "bad credentials");
        }
        return new LoginResult(principal, mustChange.contains(username));
    }

    @Override
    public AccessToken issueToken(String username, String password, ClientInfo client) {
        throw new UnsupportedOperationException("not used by the shell");
    }

    @Override
    public Optional<Principal> authenticateToken(String token, ClientInfo client) {
        return Optional.empty();
    }

    @Override
    public Optional<Principal> refresh(Principal principal) {
        return Optional.ofNullable(accounts.get(principal.username())).filter(p -> p.id().equals(principal.id()));
    }

    @Override
    public void logout(Principal principal, ClientInfo client) {
        calls.add(new Call("logout", principal.username(), client));
    }

    @Override
    public void changePassword(Principal principal, String currentPassword, String newPassword, ClientInfo client) {
        calls.add(new Call("changePassword", principal.username(), client));
        if (!passwords.get(principal.username()).equals(currentPassword)) {
            throw new AuthenticationException("SEC-0001", "error.password.wrongCurrent", "wrong current password");
        }
        if (newPassword.length() < MIN_LENGTH) {
            throw new PasswordPolicyException("error.password.tooShort", "new password too short", MIN_LENGTH);
        }
        if (newPassword.toLowerCase().contains(principal.username())) {
            throw new PasswordPolicyException("error.password.containsUsername", "new password contains the user name");
        }
        passwords.put(principal.username(), newPassword);
        mustChange.remove(principal.username());
    }
}
