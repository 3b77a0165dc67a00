package org.mekonghis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.security.DefaultRoles;
import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.security.api.RoleDto;

class DefaultGrantsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private final SecurityFixture f = new SecurityFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private Set<String> permissionsOf(String role) {
        return f.asAdmin(f.roles::list).stream().filter(r -> r.code().equals(role)).findFirst()
                .map(RoleDto::permissions).orElseThrow();
    }

    private int grant(PermissionDefinition... definitions) {
        try {
            return f.security.runAs(Principal.SYSTEM, () -> DefaultGrants.grant(f.store, List.of(definitions), NOW));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void defaults_areGrantedToTheNamedRolesOnly() {
        int granted = grant(new PermissionDefinition("ward.census.read", "x",
                Set.of(DefaultRoles.DOCTOR, DefaultRoles.NURSE)), new PermissionDefinition("ward.admin", "y"));

        assertThat(granted).isEqualTo(2);
        assertThat(permissionsOf("DOCTOR")).containsExactly("ward.census.read");
        assertThat(permissionsOf("NURSE")).containsExactly("ward.census.read");
        assertThat(permissionsOf("CASHIER")).isEmpty();
        assertThat(permissionsOf("ADMINISTRATOR")).containsExactly(Principal.ALL_PERMISSIONS);
        assertThat(f.audit.entries()).anySatisfy(e -> assertThat(e.detail()).contains("ward.census.read"));
    }

    @Test
    void aDefaultTakenAwayByAnAdministrator_isNotGrantedAgain() {
        PermissionDefinition census = new PermissionDefinition("ward.census.read", "x", Set.of(DefaultRoles.DOCTOR));
        grant(census);
        f.catalog.addContribution(() -> List.of(census));
        f.asAdmin(() -> f.roles.setPermissions("DOCTOR", Set.of()));

        assertThat(grant(census)).isZero();
        assertThat(permissionsOf("DOCTOR")).isEmpty();
    }

    @Test
    void unknownRoles_andRepeatedDeclarations_changeNothing() {
        PermissionDefinition odd = new PermissionDefinition("ward.census.read", "x", Set.of("NO_SUCH_ROLE"));
        assertThat(grant(odd)).isZero();
        PermissionDefinition census = new PermissionDefinition("ward.census.read", "x", Set.of(DefaultRoles.NURSE));
        assertThat(grant(census)).isEqualTo(1);
        assertThat(grant(census)).isZero();
        assertThat(permissionsOf("NURSE")).containsExactly("ward.census.read");
    }
}
