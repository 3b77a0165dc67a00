package org.mekonghis.security.internal;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mekonghis.security.api.RoleDto;

/** A role as stored in {@code sec_role}, with its permissions. */
@Entity
@Table(name = "sec_role")
@NamedQueries({
        @NamedQuery(name = Role.ALL, query = "SELECT r FROM Role r ORDER BY r.code"),
        @NamedQuery(name = Role.BY_CODES, query = "SELECT r FROM Role r WHERE r.code IN :codes") })
public class Role {
    static final String ALL = "Role.all";
    static final String BY_CODES = "Role.byCodes";

    @Id
    @Column(name = "code", length = 50)
    private String code;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_role_permission", joinColumns = @JoinColumn(name = "role_code"))
    @Column(name = "permission", length = 100)
    private Set<String> permissions = new HashSet<>();

    /** For JPA. */
    protected Role() {
    }

    Role(String code, String name, boolean builtIn, Set<String> permissions) {
        this.code = code;
        this.name = name;
        this.builtIn = builtIn;
        this.permissions.addAll(permissions);
    }

    String code() {
        return code;
    }

    Set<String> permissions() {
        return Set.copyOf(permissions);
    }

    void rename(String name) {
        this.name = name;
    }

    void setPermissions(Set<String> permissions) {
        this.permissions.clear();
        this.permissions.addAll(permissions);
    }

    RoleDto toDto() {
        return new RoleDto(code, name, permissions, builtIn);
    }
}
