package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.testing.fakes.FakeSecurityContext;
import org.mekonghis.security.api.CreatedUser;
import org.mekonghis.security.api.InvalidSecurityDataException;
import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.UserDetails;
import org.mekonghis.security.api.UserDto;
import org.mekonghis.security.api.UserNotFoundException;

class UserServiceImplTest {
    private final SecurityFixture f = new SecurityFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static UserDetails doctor(String name) {
        return new UserDetails(name, JobTitle.DOCTOR, "000123/BYT-CCHN", List.of("K01", "K02"));
    }

    private static String codeOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (InvalidSecurityDataException e) {
            return e.code();
        }
    }

    @Test
    void everyMethod_requiresThePermission() {
        f.security.signIn(FakeSecurityContext.user("clerk", "sample.notices"));
        assertThatThrownBy(() -> f.users.search(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.users.create("bs.an", doctor("An"), Set.of(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.users.resetPassword("x")).isInstanceOf(AccessDeniedException.class);
        f.security.signIn(null);
        assertThatThrownBy(() -> f.users.get("x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void create_withoutPassword_generatesOne_thatMustBeChanged_andIsAudited() {
        CreatedUser created = f.asAdmin(() -> f.users.create("BS.Nguyen", doctor("Nguyễn Văn Đức"), Set.of("DOCTOR"), null));
        assertThat(created.user().username()).isEqualTo("bs.nguyen");
        assertThat(created.user().mustChangePassword()).isTrue();
        assertThat(created.user().departments()).containsExactly("K01", "K02");
        assertThat(created.initialPassword()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(created.toString()).doesNotContain(created.initialPassword());
        assertThat(f.authentication.login("bs.nguyen", created.initialPassword(), ClientInfo.LOCAL).mustChangePassword())
                .isTrue();
        RecordingAuditLog.Entry entry = f.audit.of(AuditAction.ADMINISTER).getLast();
        assertThat(entry.recordType()).isEqualTo("security.user");
        assertThat(entry.recordId()).isEqualTo(created.user().id());
        assertThat(entry.principalId()).isEqualTo(SecurityFixture.ADMIN.id());
        assertThat(f.audit.entries()).noneMatch(e -> String.valueOf(e.detail()).contains(created.initialPassword()));
    }

    @Test
    void create_withPassword_returnsNoPassword() {
        CreatedUser created = f.asAdmin(() -> f.users.create("tn.hoa", new UserDetails("Hoa", JobTitle.CASHIER, null,
                null), null, "Thu-ngan-2025"));
        assertThat(created.initialPassword()).isNull();
        assertThat(created.user().mustChangePassword()).isFalse();
    }

    @Test
    void create_refusesInvalidValues() {
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("ab", doctor("A"), null, null))))
                .isEqualTo(InvalidSecurityDataException.INVALID_USERNAME);
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("nguyễn", doctor("A"), null, null))))
                .isEqualTo(InvalidSecurityDataException.INVALID_USERNAME);
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("' or 1=1 --", doctor("A"), null, null))))
                .isEqualTo(InvalidSecurityDataException.INVALID_USERNAME);
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("Admin", doctor("A"), null, null))))
                .isEqualTo(InvalidSecurityDataException.USERNAME_TAKEN);
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("bs.a", new UserDetails("A", JobTitle.DOCTOR, " ",
                null), null, null)))).isEqualTo(InvalidSecurityDataException.CERTIFICATE_REQUIRED);
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("ds.a", new UserDetails("A", JobTitle.PHARMACIST,
                "x".repeat(31), null), null, null)))).isEqualTo(InvalidSecurityDataException.CERTIFICATE_TOO_LONG);
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("bs.a", new UserDetails(" ", JobTitle.OTHER, null,
                null), null, null)))).isEqualTo(InvalidSecurityDataException.INVALID_FULL_NAME);
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("bs.a", doctor("A"), Set.of("NO_SUCH"), null))))
                .isEqualTo(InvalidSecurityDataException.UNKNOWN_ROLE);
        assertThat(codeOf(() -> f.asAdmin(() -> f.users.create("bs.a", new UserDetails("A", JobTitle.OTHER, null,
                List.of("K 01")), null, null)))).isEqualTo(InvalidSecurityDataException.INVALID_DEPARTMENT);
        assertThat(f.db.count("SELECT COUNT(*) FROM sec_user")).isEqualTo(1);
    }

    @Test
    void search_ignoresDiacriticsAndCase() {
        f.asAdmin(() -> f.users.create("bs.duc", doctor("Nguyễn Văn Đức"), null, null));
        f.asAdmin(() -> f.users.create("dd.anh", new UserDetails("Trần Thị Ánh", JobTitle.NURSE, "CC-1", null), null,
                null));
        assertThat(f.asAdmin(() -> f.users.search("nguyen van duc", 0, 10))).extracting(UserDto::username)
                .containsExactly("bs.duc");
        assertThat(f.asAdmin(() -> f.users.search("ĐỨC", 0, 10))).extracting(UserDto::username)
                .containsExactly("bs.duc");
        assertThat(f.asAdmin(() -> f.users.search("ANH", 0, 10))).extracting(UserDto::username)
                .containsExactly("dd.anh");
        assertThat(f.asAdmin(() -> f.users.search("%", 0, 10))).isEmpty();
        assertThat(f.asAdmin(() -> f.users.search("", 0, 10))).extracting(UserDto::username)
                .containsExactly("admin", "bs.duc", "dd.anh");
    }

    @Test
    void search_withInjectionAttempts_findsNothing_andChangesNothing() {
        f.asAdmin(() -> f.users.create("bs.duc", doctor("Nguyễn Văn Đức"), null, null));
        for (String evil : java.util.List.of("' OR '1'='1", "duc' OR 1=1 --", "x'); DROP TABLE sec_user; --",
                "_", "\\", "<script>alert(1)</script>")) {
            assertThat(f.asAdmin(() -> f.users.search(evil, 0, 10))).as(evil).isEmpty();
        }
        assertThat(f.asAdmin(() -> f.users.search("", 0, 10))).extracting(UserDto::username)
                .containsExactly("admin", "bs.duc");
    }

    @Test
    void resetPassword_givesAGeneratedPassword_unlocks_andRevokesTokens() {
        CreatedUser u = f.asAdmin(() -> f.users.create("bs.em", doctor("Em"), null, "Bac-si-2025"));
        var token = f.authentication.issueToken("bs.em", "Bac-si-2025", ClientInfo.LOCAL);
        String password = f.asAdmin(() -> f.users.resetPassword(u.user().id()));
        assertThat(f.authentication.authenticateToken(token.accessToken(), ClientInfo.LOCAL)).isEmpty();
        assertThat(f.authentication.login("bs.em", password, ClientInfo.LOCAL).mustChangePassword()).isTrue();
    }

    @Test
    void administrators_cannotDeactivateThemselves_orDropTheirOwnAdministratorRole() {
        Principal admin = f.authentication.login("admin", "Khoa-Noi-2025", ClientInfo.LOCAL).principal();
        f.security.signIn(admin);
        assertThat(codeOf(() -> f.users.deactivate(admin.id()))).isEqualTo(InvalidSecurityDataException.SELF_LOCKOUT);
        assertThat(codeOf(() -> f.users.assignRoles(admin.id(), Set.of("DOCTOR"))))
                .isEqualTo(InvalidSecurityDataException.SELF_LOCKOUT);
    }

    @Test
    void get_unknownId_isNotFound() {
        assertThatThrownBy(() -> f.asAdmin(() -> f.users.get("nope"))).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void deactivateAndReactivate_keepTheAccount() {
        CreatedUser u = f.asAdmin(() -> f.users.create("kt.lan", new UserDetails("Lan", JobTitle.LAB_TECHNICIAN, null,
                null), null, null));
        assertThat(f.asAdmin(() -> f.users.deactivate(u.user().id())).active()).isFalse();
        assertThat(f.asAdmin(() -> f.users.reactivate(u.user().id())).active()).isTrue();
        assertThat(f.db.count("SELECT COUNT(*) FROM sec_user")).isEqualTo(2);
    }
}
