package org.mekonghis.security.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.PasswordPolicyException;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.security.api.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password sign-in with lockout, bearer tokens of users and API clients, and the principal of a
 * user as their roles make it now.
 *
 * <p>Timing: an unknown user name, a locked account and a wrong password each cost one Argon2id
 * computation, so response times do not tell which user names exist. An inactive account is
 * reported only after the right password.
 */
@Component(service = AuthenticationService.class)
public final class AuthenticationServiceImpl implements AuthenticationService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationServiceImpl.class);

    private final SecurityStore store;

    @Activate
    public AuthenticationServiceImpl(@Reference SecurityStore store) {
        this.store = store;
    }

    @Override
    public LoginResult login(String username, String password, ClientInfo client) {
        String name = normaliseUsername(username);
        UserAccount user = name == null ? null
                : store.database().read(em -> em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                        .setParameter("username", name).getResultStream().findFirst().orElse(null));
        Instant now = store.clock().instant();
        if (user == null) {
            store.hasher().verifyDecoy(password);
            store.audit().as(SecurityAudit.attempted(username), client, AuditAction.LOGIN_FAILED, null, false,
                    "unknown user name");
            throw SignInFailures.badCredentials();
        }
        Principal attempted = new Principal(user.id(), user.username(), user.fullName(), Principal.Kind.USER, Set.of());
        Instant lockedUntil = user.lockedUntil();
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            store.hasher().verifyDecoy(password);
            store.audit().as(attempted, client, AuditAction.LOGIN_FAILED, user.id(), false, "account locked");
            throw SignInFailures.locked(user.id(), lockedUntil);
        }
        if (!passwordMatches(password, user.passwordHash())) {
            Instant lock = recordFailure(user.id(), now);
            store.audit().as(attempted, client, AuditAction.LOGIN_FAILED, user.id(), false,
                    lock == null ? "wrong password" : "wrong password; account locked until " + lock);
            if (lock != null) {
                LOG.warn("SEC-0002: account {} locked until {} after {} failed sign-ins", user.id(), lock,
                        store.settings().lockoutAttempts());
                throw SignInFailures.locked(user.id(), lock);
            }
            throw SignInFailures.badCredentials();
        }
        if (!user.active()) {
            store.audit().as(attempted, client, AuditAction.LOGIN_FAILED, user.id(), false, "account inactive");
            throw SignInFailures.inactive(user.id());
        }
        String oldHash = user.passwordHash();
        String newHash = store.hasher().needsRehash(oldHash) ? store.hasher().hash(password) : null;
        store.database().run(tx -> {
            UserAccount u = tx.em().find(UserAccount.class, user.id());
            u.signedIn(now);
            if (newHash != null && oldHash.equals(u.passwordHash())) {
                u.rehash(newHash);
            }
        });
        if (newHash != null) {
            LOG.info("Password hash of account {} upgraded to the current parameters", user.id());
        }
        store.principals().evict(user.id());
        Principal principal = loadUser(user.id()).orElseThrow(() -> SignInFailures.inactive(user.id()));
        store.audit().as(principal, client, AuditAction.LOGIN, user.id(), true, null);
        return new LoginResult(principal, user.mustChangePassword());
    }

    @Override
    public AccessToken issueToken(String username, String password, ClientInfo client) {
        LoginResult result = login(username, password, client);
        String userId = result.principal().id();
        if (result.mustChangePassword()) {
            // A generated password was handed over by someone else; it must not open the API.
            throw SignInFailures.passwordChangeRequired(userId);
        }
        String token = store.tokens().newUserToken();
        Instant now = store.clock().instant();
        Instant expires = now.plus(store.settings().tokenLifetime());
        store.database().run(tx -> {
            tx.em().createNamedQuery(UserToken.PURGE_EXPIRED).setParameter("now", Times.toDb(now)).executeUpdate();
            tx.em().persist(new UserToken(BearerTokens.hash(token), userId, now, expires));
        });
        return new AccessToken(token, store.settings().tokenLifetime().toSeconds());
    }

    @Override
    public Optional<Principal> authenticateToken(String token, ClientInfo client) {
        if (!BearerTokens.plausible(token)) {
            return Optional.empty();
        }
        String hash = BearerTokens.hash(token);
        Instant now = store.clock().instant();
        if (BearerTokens.isClientToken(token)) {
            return store.database().read(em -> em.createNamedQuery(ApiClient.BY_TOKEN, ApiClient.class)
                    .setParameter("hash", hash).getResultStream().findFirst()
                    .filter(c -> c.toDto().usableAt(now))
                    .map(ApiClient::principal));
        }
        Optional<String> userId = store.database().read(em -> Optional.ofNullable(em.find(UserToken.class, hash))
                .filter(t -> t.validAt(now)).map(UserToken::userId));
        return userId.flatMap(id -> store.principals().get(id, this::loadUser));
    }

    @Override
    public Optional<Principal> refresh(Principal principal) {
        if (principal == null) {
            return Optional.empty();
        }
        return switch (principal.kind()) {
            case SYSTEM -> Optional.of(principal);
            case USER -> store.principals().get(principal.id(), this::loadUser);
            case API_CLIENT -> store.principals().get(principal.id(), this::loadClient);
        };
    }

    @Override
    public void logout(Principal principal, ClientInfo client) {
        if (principal != null) {
            store.audit().as(principal, client, AuditAction.LOGOUT, principal.id(), true, null);
        }
    }

    @Override
    public void changePassword(Principal principal, String currentPassword, String newPassword, ClientInfo client) {
        if (principal == null || principal.kind() != Principal.Kind.USER) {
            throw SignInFailures.badCredentials();
        }
        UserAccount user = store.database().read(em -> em.find(UserAccount.class, principal.id()));
        if (user == null || !user.active()) {
            throw SignInFailures.badCredentials();
        }
        Instant now = store.clock().instant();
        Instant lockedUntil = user.lockedUntil();
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            throw SignInFailures.locked(user.id(), lockedUntil);
        }
        if (!passwordMatches(currentPassword, user.passwordHash())) {
            // Counts towards the lock: a session left open must not allow guessing the password.
            Instant lock = recordFailure(user.id(), now);
            store.audit().as(principal, client, AuditAction.LOGIN_FAILED, user.id(), false,
                    "password change: wrong current password");
            throw lock == null ? SignInFailures.badCredentials() : SignInFailures.locked(user.id(), lock);
        }
        store.policy().check(user.username(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new PasswordPolicyException("security.password.sameAsCurrent",
                    "the new password equals the current one");
        }
        String hash = store.hasher().hash(newPassword);
        store.database().run(tx -> {
            tx.em().find(UserAccount.class, user.id()).setPassword(hash, false, now);
            // Tokens issued with the old password stop working.
            tx.em().createNamedQuery(UserToken.REVOKE_FOR_USER).setParameter("userId", user.id()).executeUpdate();
            store.audit().as(principal, client, AuditAction.ADMINISTER, user.id(), true, "own password changed");
        });
        store.principals().evict(user.id());
        LOG.info("Account {} changed its password", user.id());
    }

    /** Lower-cased user name, or null when it cannot be one (then it is treated as unknown). */
    static String normaliseUsername(String username) {
        if (username == null) {
            return null;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.matches(UserService.USERNAME_PATTERN) ? name : null;
    }

    private boolean passwordMatches(String password, String hash) {
        if (password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            store.hasher().verifyDecoy("");
            return false;
        }
        return store.hasher().verify(password, hash);
    }

    /**
     * Counts a failed sign-in and locks the account when it was the last one allowed; both in one
     * transaction with atomic updates, so concurrent attempts on several nodes are all counted.
     *
     * @return the end of the lock when this failure locked the account, else null
     */
    private Instant recordFailure(String userId, Instant now) {
        Instant until = now.plus(store.settings().lockoutDuration());
        int locked = store.database().inTransaction(tx -> {
            EntityManager em = tx.em();
            em.createNamedQuery(UserAccount.COUNT_FAILURE).setParameter("id", userId).executeUpdate();
            return em.createNamedQuery(UserAccount.LOCK).setParameter("id", userId)
                    .setParameter("until", Times.toDb(until))
                    .setParameter("attempts", store.settings().lockoutAttempts()).executeUpdate();
        });
        if (locked > 0) {
            store.principals().evict(userId);
            return until;
        }
        return null;
    }

    /** The principal of an active, unlocked user with the permissions of their roles now. */
    Optional<Principal> loadUser(String userId) {
        // A lock stops new sign-ins only: someone guessing a nurse's password must not be able to
        // end her open sessions. Deactivation ends them.
        return store.database().read(em -> {
            UserAccount user = em.find(UserAccount.class, userId);
            if (user == null || !user.active()) {
                return Optional.empty();
            }
            Set<String> permissions = new HashSet<>();
            Set<String> roles = user.roles();
            if (!roles.isEmpty()) {
                List<Role> found = em.createNamedQuery(Role.BY_CODES, Role.class)
                        .setParameter("codes", List.copyOf(roles)).getResultList();
                found.forEach(r -> permissions.addAll(r.permissions()));
            }
            return Optional.of(new Principal(user.id(), user.username(), user.fullName(), Principal.Kind.USER,
                    permissions));
        });
    }

    /** The principal of an API client still usable now. */
    Optional<Principal> loadClient(String clientId) {
        Instant now = store.clock().instant();
        return store.database().read(em -> Optional.ofNullable(em.find(ApiClient.class, clientId))
                .filter(c -> c.toDto().usableAt(now)).map(ApiClient::principal));
    }
}
