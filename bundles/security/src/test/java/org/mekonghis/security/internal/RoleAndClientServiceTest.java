package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.security.AccessDeniedException;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.testing.fakes.FakeSecurityContext;
import org.mekonghis.security.api.InvalidSecurityDataException;
import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.RoleDto;
import org.mekonghis.security.api.RoleNotFoundException;

class RoleAndClientServiceTest {
    private final SecurityFixture f = new SecurityFixture();

    @AfterEach
    void close() {
        f.close();
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
    void defaultRoles_areSeededPerJobTitle() {
        var roles = f.asAdmin(f.roles::list);
        assertThat(roles).extracting(RoleDto::code)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(JobTitle.values()).map(Enum::name).toArray(String[]::new));
        assertThat(roles).filteredOn(r -> r.code().equals("ADMINISTRATOR")).singleElement()
                .extracting(RoleDto::permissions).isEqualTo(Set.of(Principal.ALL_PERMISSIONS));
        assertThat(roles).filteredOn(r -> r.code().equals("AUDITOR")).singleElement()
                .extracting(RoleDto::permissions).isEqualTo(Set.of("platform.audit.read"));
        assertThat(roles).filteredOn(r -> r.code().equals("DOCTOR")).singleElement()
                .extracting(RoleDto::permissions).isEqualTo(Set.of());
    }

    @Test
    void setPermissions_refusesUndeclaredPermissions_butKeepsOnesAlreadyHeld() {
        assertThat(codeOf(() -> f.asAdmin(() -> f.roles.setPermissions("DOCTOR", Set.of("lab.magic")))))
                .isEqualTo(InvalidSecurityDataException.UNKNOWN_PERMISSION);
        PermissionContribution lab = SecurityFixture.declaring("lab.results.read");
        f.catalog.addContribution(lab);
        f.asAdmin(() -> f.roles.setPermissions("DOCTOR", Set.of("lab.results.read", "sample.notices")));
        f.catalog.removeContribution(lab);
        // The lab module is gone; its permission may stay on the role when the role is saved again.
        RoleDto doctor = f.asAdmin(() -> f.roles.setPermissions("DOCTOR", Set.of("lab.results.read")));
        assertThat(doctor.permissions()).containsExactly("lab.results.read");
        assertThat(f.asAdmin(f.roles::declaredPermissions)).extracting(PermissionDefinition::id)
                .contains("security.users.manage", "security.roles.manage", "security.clients.manage")
                .doesNotContain("lab.results.read");
    }

    @Test
    void administratorRole_alwaysKeepsEveryPermission() {
        assertThat(f.asAdmin(() -> f.roles.setPermissions("ADMINISTRATOR", Set.of())).permissions())
                .containsExactly(Principal.ALL_PERMISSIONS);
    }

    @Test
    void createAndRename_validate() {
        assertThat(f.asAdmin(() -> f.roles.create("HEAD_NURSE", "Điều dưỡng trưởng")).name())
                .isEqualTo("Điều dưỡng trưởng");
        assertThat(codeOf(() -> f.asAdmin(() -> f.roles.create("HEAD_NURSE", "x"))))
                .isEqualTo(InvalidSecurityDataException.ROLE_CODE_TAKEN);
        assertThat(codeOf(() -> f.asAdmin(() -> f.roles.create("bad code", "x"))))
                .isEqualTo(InvalidSecurityDataException.INVALID_ROLE_CODE);
        assertThat(f.asAdmin(() -> f.roles.rename("HEAD_NURSE", "ĐD trưởng")).name()).isEqualTo("ĐD trưởng");
        assertThatThrownBy(() -> f.asAdmin(() -> f.roles.rename("NOPE", "x"))).isInstanceOf(RoleNotFoundException.class);
    }

    @Test
    void roleAndClientServices_requireTheirPermissions() {
        f.security.signIn(FakeSecurityContext.user("u", "security.users.manage"));
        assertThatThrownBy(f.roles::list).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(f.clients::list).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.clients.create("x", Set.of("sample.notices"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void apiClient_scopesMustBeDeclared_andNeverAll() {
        assertThat(codeOf(() -> f.asAdmin(() -> f.clients.create("his-b", Set.of(), null))))
                .isEqualTo(InvalidSecurityDataException.SCOPES_REQUIRED);
        assertThat(codeOf(() -> f.asAdmin(() -> f.clients.create("his-b", Set.of("*"), null))))
                .isEqualTo(InvalidSecurityDataException.UNKNOWN_PERMISSION);
        assertThat(codeOf(() -> f.asAdmin(() -> f.clients.create("his-b", Set.of("nope.x"), null))))
                .isEqualTo(InvalidSecurityDataException.UNKNOWN_PERMISSION);
        assertThat(codeOf(() -> f.asAdmin(() -> f.clients.create("his-b", Set.of("sample.notices"),
                f.clock.instant().minus(Duration.ofSeconds(1)))))).isEqualTo(InvalidSecurityDataException.EXPIRY_IN_PAST);
        var issued = f.asAdmin(() -> f.clients.create("his-b", Set.of("sample.notices"), null));
        assertThat(issued.toString()).doesNotContain(issued.token());
        assertThat(f.asAdmin(f.clients::list)).singleElement().satisfies(c -> {
            assertThat(c.createdBy()).isEqualTo(SecurityFixture.ADMIN.id());
            assertThat(c.scopes()).containsExactly("sample.notices");
        });
        assertThat(f.audit.entries()).noneMatch(e -> String.valueOf(e.detail()).contains(issued.token()));
    }
}
