package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.security.AuthenticationException;
import org.mekonghis.platform.api.security.AuthenticationService.AccessToken;
import org.mekonghis.platform.api.security.AuthenticationService.LoginResult;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.PasswordPolicyException;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.security.api.CreatedUser;
import org.mekonghis.security.api.IssuedApiClient;
import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.UserDetails;

class AuthenticationServiceImplTest {
    private static final ClientInfo CLIENT = new ClientInfo("10.0.0.7", "s-1", "test");
    private static final String ADMIN_PASSWORD = "Khoa-Noi-2025";

    private final SecurityFixture f = new SecurityFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static String codeOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (AuthenticationException e) {
            return e.code();
        }
    }

    private CreatedUser nurse(String username, String password) {
        return f.asAdmin(() -> f.users.create(username, new UserDetails("Trần Thị Ánh", JobTitle.NURSE, "CCHN-0042",
                List.of("K01")), Set.of("NURSE"), password));
    }

    @Test
    void login_firstAdministrator_withConfiguredPassword_holdsEveryPermission() {
        LoginResult result = f.authentication.login("ADMIN", ADMIN_PASSWORD, CLIENT);
        assertThat(result.mustChangePassword()).isFalse();
        assertThat(result.principal().username()).isEqualTo("admin");
        assertThat(result.principal().kind()).isEqualTo(Principal.Kind.USER);
        assertThat(result.principal().permissions()).containsExactly(Principal.ALL_PERMISSIONS);
        RecordingAuditLog.Entry login = f.audit.of(AuditAction.LOGIN).getFirst();
        assertThat(login.principalId()).isEqualTo(result.principal().id());
        assertThat(login.success()).isTrue();
    }

    @Test
    void login_wrongPassword_isSec0001_andAuditedAsTheUser() {
        assertThat(codeOf(() -> f.authentication.login("admin", "wrong-pass-1", CLIENT))).isEqualTo("SEC-0001");
        RecordingAuditLog.Entry failed = f.audit.of(AuditAction.LOGIN_FAILED).getFirst();
        assertThat(failed.success()).isFalse();
        assertThat(failed.principalName()).isEqualTo("admin");
        assertThat(f.audit.entries()).noneMatch(e -> String.valueOf(e.detail()).contains("wrong-pass-1"));
    }

    @Test
    void login_unknownUser_isSec0001_andAuditedAsUnknown_withTheNameShortened() {
        String longName = "x".repeat(300);
        assertThat(codeOf(() -> f.authentication.login(longName, "whatever-1", CLIENT))).isEqualTo("SEC-0001");
        assertThat(codeOf(() -> f.authentication.login("' OR 1=1 --", "x", CLIENT))).isEqualTo("SEC-0001");
        assertThat(codeOf(() -> f.authentication.login(null, null, CLIENT))).isEqualTo("SEC-0001");
        List<RecordingAuditLog.Entry> failed = f.audit.of(AuditAction.LOGIN_FAILED);
        assertThat(failed).hasSize(3).allMatch(e -> e.principalId().equals("unknown"));
        assertThat(failed.getFirst().principalName()).hasSize(50);
        assertThat(failed.get(2).principalName()).isEqualTo("unknown");
    }

    @Test
    void lockout_afterFiveFailures_locksForTheDuration_thenTheRightPasswordWorks() {
        Instant start = f.clock.instant();
        for (int i = 1; i < 5; i++) {
            assertThat(codeOf(() -> f.authentication.login("admin", "wrong-pass-1", CLIENT))).isEqualTo("SEC-0001");
        }
        assertThatThrownBy(() -> f.authentication.login("admin", "wrong-pass-1", CLIENT))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.code()).isEqualTo("SEC-0002");
                    assertThat(e.arguments()).containsExactly(java.util.Date.from(start.plus(Duration.ofMinutes(15))));
                });
        // Locked: even the right password is refused, and the lock does not grow.
        f.clock.advance(Duration.ofMinutes(14));
        assertThat(codeOf(() -> f.authentication.login("admin", ADMIN_PASSWORD, CLIENT))).isEqualTo("SEC-0002");
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.authentication.login("admin", ADMIN_PASSWORD, CLIENT).principal().username()).isEqualTo("admin");
    }

    @Test
    void lockout_successResetsTheCounter() {
        for (int i = 0; i < 4; i++) {
            codeOf(() -> f.authentication.login("admin", "wrong-pass-1", CLIENT));
        }
        f.authentication.login("admin", ADMIN_PASSWORD, CLIENT);
        for (int i = 0; i < 4; i++) {
            assertThat(codeOf(() -> f.authentication.login("admin", "wrong-pass-1", CLIENT))).isEqualTo("SEC-0001");
        }
    }

    @Test
    void login_inactiveUser_isSec0003_onlyWithTheRightPassword() {
        CreatedUser nurse = nurse("dd.anh", "Dieu-duong-01");
        f.asAdmin(() -> f.users.deactivate(nurse.user().id()));
        assertThat(codeOf(() -> f.authentication.login("dd.anh", "wrong-pass-1", CLIENT))).isEqualTo("SEC-0001");
        assertThat(codeOf(() -> f.authentication.login("dd.anh", "Dieu-duong-01", CLIENT))).isEqualTo("SEC-0003");
    }

    @Test
    void login_rehashesAHashMadeWithOlderParameters() {
        String old = new PasswordHasher(new PasswordHasher.Parameters(512, 1, 1), new java.security.SecureRandom())
                .hash(ADMIN_PASSWORD);
        f.db.run(tx -> tx.em().createQuery("UPDATE UserAccount u SET u.passwordHash = :h WHERE u.username = 'admin'")
                .setParameter("h", old).executeUpdate());
        f.authentication.login("admin", ADMIN_PASSWORD, CLIENT);
        String now = f.db.read(em -> em.createQuery("SELECT u.passwordHash FROM UserAccount u WHERE u.username = 'admin'",
                String.class).getSingleResult());
        assertThat(now).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(f.authentication.login("admin", ADMIN_PASSWORD, CLIENT).principal().username()).isEqualTo("admin");
    }

    @Test
    void issueToken_storesOnlyTheHash_andExpiresAfterItsLifetime() {
        AccessToken token = f.authentication.issueToken("admin", ADMIN_PASSWORD, CLIENT);
        assertThat(token.expiresInSeconds()).isEqualTo(3600);
        assertThat(f.db.count("SELECT COUNT(*) FROM sec_token WHERE token_hash = '" + BearerTokens.hash(token.accessToken())
                + "'")).isEqualTo(1);
        assertThat(f.db.count("SELECT COUNT(*) FROM sec_token WHERE token_hash = '" + token.accessToken() + "'"))
                .isZero();
        assertThat(f.authentication.authenticateToken(token.accessToken(), CLIENT)).get()
                .extracting(Principal::username).isEqualTo("admin");
        f.clock.advance(Duration.ofMinutes(61));
        assertThat(f.authentication.authenticateToken(token.accessToken(), CLIENT)).isEmpty();
    }

    @Test
    void issueToken_refusesAGeneratedPasswordThatMustBeChanged() {
        CreatedUser nurse = nurse("dd.binh", null);
        assertThat(nurse.initialPassword()).isNotNull();
        assertThat(codeOf(() -> f.authentication.issueToken("dd.binh", nurse.initialPassword(), CLIENT)))
                .isEqualTo("SEC-0004");
        f.authentication.changePassword(f.authentication.login("dd.binh", nurse.initialPassword(), CLIENT).principal(),
                nurse.initialPassword(), "Song-Hau-2025", CLIENT);
        assertThat(f.authentication.issueToken("dd.binh", "Song-Hau-2025", CLIENT).accessToken()).isNotBlank();
    }

    @Test
    void authenticateToken_unknownOrJunk_isEmpty() {
        assertThat(f.authentication.authenticateToken("nope", CLIENT)).isEmpty();
        assertThat(f.authentication.authenticateToken(null, CLIENT)).isEmpty();
        assertThat(f.authentication.authenticateToken("' OR 1=1 --", CLIENT)).isEmpty();
        assertThat(f.authentication.authenticateToken("mkc_unknown", CLIENT)).isEmpty();
    }

    @Test
    void authenticateToken_ofADeactivatedUser_isEmpty() {
        CreatedUser nurse = nurse("dd.chi", "Dieu-duong-02");
        AccessToken token = f.authentication.issueToken("dd.chi", "Dieu-duong-02", CLIENT);
        f.asAdmin(() -> f.users.deactivate(nurse.user().id()));
        assertThat(f.authentication.authenticateToken(token.accessToken(), CLIENT)).isEmpty();
    }

    @Test
    void apiClientToken_holdsExactlyItsScopes_untilRevokedOrExpired() {
        IssuedApiClient lis = f.asAdmin(() -> f.clients.create("lis-01", Set.of("sample.notices"), null));
        Principal p = f.authentication.authenticateToken(lis.token(), CLIENT).orElseThrow();
        assertThat(p.kind()).isEqualTo(Principal.Kind.API_CLIENT);
        assertThat(p.id()).isEqualTo(lis.client().id());
        assertThat(p.permissions()).containsExactly("sample.notices");
        assertThat(p.has("security.users.manage")).isFalse();
        assertThat(f.db.count("SELECT COUNT(*) FROM sec_api_client WHERE token_hash = '" + BearerTokens.hash(lis.token())
                + "'")).isEqualTo(1);

        f.asAdmin(() -> f.clients.revoke(lis.client().id()));
        assertThat(f.authentication.authenticateToken(lis.token(), CLIENT)).isEmpty();
        assertThat(f.authentication.refresh(p)).isEmpty();

        IssuedApiClient shortLived = f.asAdmin(() -> f.clients.create("pacs", Set.of("sample.notices"),
                f.clock.instant().plus(Duration.ofDays(1))));
        assertThat(f.authentication.authenticateToken(shortLived.token(), CLIENT)).isPresent();
        f.clock.advance(Duration.ofDays(1));
        assertThat(f.authentication.authenticateToken(shortLived.token(), CLIENT)).isEmpty();
    }

    @Test
    void refresh_followsRoleChanges_andDeactivation() {
        SecurityFixture g = new SecurityFixture(new SecuritySettings(5, Duration.ofMinutes(15), 10,
                Duration.ofHours(1), Duration.ZERO, SecurityFixture.FAST));
        try {
            CreatedUser nurse = g.asAdmin(() -> g.users.create("dd.dung", new UserDetails("Lê Văn Dũng", JobTitle.NURSE,
                    "CCHN-7", List.of()), Set.of("NURSE"), "Dieu-duong-03"));
            Principal p = g.authentication.login("dd.dung", "Dieu-duong-03", CLIENT).principal();
            assertThat(p.permissions()).isEmpty();
            g.asAdmin(() -> g.roles.setPermissions("NURSE", Set.of("sample.notices")));
            assertThat(g.authentication.refresh(p)).get().extracting(Principal::permissions)
                    .isEqualTo(Set.of("sample.notices"));
            g.asAdmin(() -> g.users.deactivate(nurse.user().id()));
            assertThat(g.authentication.refresh(p)).isEmpty();
            assertThat(g.authentication.refresh(Principal.SYSTEM)).contains(Principal.SYSTEM);
        } finally {
            g.close();
        }
    }

    @Test
    void changePassword_checksTheCurrentOne_andThePolicy() {
        Principal admin = f.authentication.login("admin", ADMIN_PASSWORD, CLIENT).principal();
        assertThat(codeOf(() -> f.authentication.changePassword(admin, "wrong-pass-1", "Mekong-River-88", CLIENT)))
                .isEqualTo("SEC-0001");
        assertThatThrownBy(() -> f.authentication.changePassword(admin, ADMIN_PASSWORD, "short1", CLIENT))
                .isInstanceOf(PasswordPolicyException.class);
        f.authentication.changePassword(admin, ADMIN_PASSWORD, "Mekong-River-88", CLIENT);
        assertThat(codeOf(() -> f.authentication.login("admin", ADMIN_PASSWORD, CLIENT))).isEqualTo("SEC-0001");
        assertThat(f.authentication.login("admin", "Mekong-River-88", CLIENT).mustChangePassword()).isFalse();
    }

    @Test
    void logout_isAudited() {
        Principal admin = f.authentication.login("admin", ADMIN_PASSWORD, CLIENT).principal();
        f.authentication.logout(admin, CLIENT);
        assertThat(f.audit.of(AuditAction.LOGOUT)).singleElement().extracting(RecordingAuditLog.Entry::principalId)
                .isEqualTo(admin.id());
    }
}
