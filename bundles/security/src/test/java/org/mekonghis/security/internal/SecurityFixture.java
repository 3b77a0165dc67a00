package org.mekonghis.security.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.testing.InMemoryDatabase;
import org.mekonghis.platform.testing.fakes.FakeSecurityContext;
import org.mekonghis.platform.testing.fakes.MutableClock;

/**
 * The module's services wired over an in-memory database, a movable clock, a fake security
 * context and a recording audit log, with the default roles seeded. Argon2 runs with small
 * parameters so the tests stay fast.
 */
final class SecurityFixture implements AutoCloseable {
    static final PasswordHasher.Parameters FAST = new PasswordHasher.Parameters(1024, 1, 1);
    static final Principal ADMIN = FakeSecurityContext.user("test-admin", Principal.ALL_PERMISSIONS);

    final InMemoryDatabase db = InMemoryDatabase.create(SecurityStore.UNIT, "security-test",
            SecurityStore.CHANGELOG);
    final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T01:00:00Z"));
    final FakeSecurityContext security = new FakeSecurityContext();
    final RecordingAuditLog audit = new RecordingAuditLog(security);
    final PermissionCatalog catalog = new PermissionCatalog();
    final SecurityStore store;
    final AuthenticationServiceImpl authentication;
    final UserServiceImpl users;
    final RoleServiceImpl roles;
    final ApiClientServiceImpl clients;

    SecurityFixture() {
        this(new SecuritySettings(5, Duration.ofMinutes(15), 10, Duration.ofHours(1), Duration.ofSeconds(10), FAST));
    }

    SecurityFixture(SecuritySettings settings) {
        store = new SecurityStore(db, settings, new SecurityAudit(audit, security), new SecureRandom(), clock);
        new SecuritySeed(store, security, new FakeMessages()).run(Optional.of("Khoa-Noi-2025"));
        authentication = new AuthenticationServiceImpl(store);
        users = new UserServiceImpl(store, security);
        roles = new RoleServiceImpl(store, security, catalog);
        clients = new ApiClientServiceImpl(store, security, catalog);
        catalog.addContribution(new SecurityPermissions());
        catalog.addContribution(() -> List.of(new PermissionDefinition("sample.notices", "sample.permission.notices"),
                new PermissionDefinition("platform.audit.read", "permission.platform.audit.read")));
    }

    /** Runs {@code work} as the test administrator. */
    <T> T asAdmin(java.util.concurrent.Callable<T> work) {
        try {
            return security.runAs(ADMIN, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Permission contributions declared in tests. */
    static PermissionContribution declaring(String... ids) {
        return () -> java.util.Arrays.stream(ids).map(id -> new PermissionDefinition(id, id)).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
