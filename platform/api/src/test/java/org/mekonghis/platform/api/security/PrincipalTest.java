package org.mekonghis.platform.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PrincipalTest {

    private static Principal user(String... permissions) {
        return new Principal("u1", "lan", "Trần Thị Lan", Principal.Kind.USER, Set.of(permissions));
    }

    @Test
    void has_grantedPermission_isTrue_otherIsFalse() {
        Principal p = user("sample.notices");
        assertThat(p.has("sample.notices")).isTrue();
        assertThat(p.has("platform.admin")).isFalse();
    }

    @Test
    void has_nullPermission_isTrueForEveryone() {
        assertThat(user().has(null)).isTrue();
    }

    @Test
    void has_withAllPermissions_coversPermissionsNobodyDeclaredYet() {
        assertThat(user(Principal.ALL_PERMISSIONS).has("plugin.installed.tomorrow")).isTrue();
    }

    @Test
    void system_holdsEveryPermission() {
        assertThat(Principal.SYSTEM.has("billing.invoice.cancel")).isTrue();
    }

    @Test
    void permissions_areCopied_soLaterChangesDoNotLeakIn() {
        java.util.Set<String> granted = new java.util.HashSet<>(Set.of("a"));
        Principal p = new Principal("u", "u", "U", Principal.Kind.USER, granted);
        granted.add("b");
        assertThat(p.has("b")).isFalse();
    }
}
