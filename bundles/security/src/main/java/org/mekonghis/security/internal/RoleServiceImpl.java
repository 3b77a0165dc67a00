package org.mekonghis.security.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.mekonghis.platform.api.security.PermissionContribution.PermissionDefinition;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.security.api.InvalidSecurityDataException;
import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.RoleDto;
import org.mekonghis.security.api.RoleNotFoundException;
import org.mekonghis.security.api.RoleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Roles and their permissions over {@code sec_role}. */
@Component(service = RoleService.class)
public final class RoleServiceImpl implements RoleService {
    private static final Logger LOG = LoggerFactory.getLogger(RoleServiceImpl.class);

    private final SecurityStore store;
    private final SecurityContext security;
    private final PermissionCatalog catalog;

    @Activate
    public RoleServiceImpl(@Reference SecurityStore store, @Reference SecurityContext security,
            @Reference PermissionCatalog catalog) {
        this.store = store;
        this.security = security;
        this.catalog = catalog;
    }

    @Override
    public List<RoleDto> list() {
        security.require(PERMISSION);
        return store.database().read(em -> em.createNamedQuery(Role.ALL, Role.class).getResultList().stream()
                .map(Role::toDto).toList());
    }

    @Override
    public RoleDto create(String code, String name) {
        security.require(PERMISSION);
        String c = code == null ? "" : code.strip();
        if (!c.matches(CODE_PATTERN)) {
            throw InvalidSecurityDataException.invalidRoleCode();
        }
        String n = validName(name);
        try {
            return store.database().inTransaction(tx -> {
                if (tx.em().find(Role.class, c) != null) {
                    throw InvalidSecurityDataException.roleCodeTaken(c);
                }
                Role role = new Role(c, n, false, Set.of());
                tx.em().persist(role);
                tx.em().flush();
                store.audit().administer(RECORD_TYPE, c, "created");
                return role.toDto();
            });
        } catch (InvalidSecurityDataException e) {
            throw e;
        } catch (RuntimeException e) {
            if (store.database().read(em -> em.find(Role.class, c)) != null) {
                throw InvalidSecurityDataException.roleCodeTaken(c);
            }
            throw e;
        }
    }

    @Override
    public RoleDto rename(String code, String name) {
        security.require(PERMISSION);
        String n = validName(name);
        return store.database().inTransaction(tx -> {
            Role role = find(tx.em(), code);
            role.rename(n);
            store.audit().administer(RECORD_TYPE, code, "renamed");
            return role.toDto();
        });
    }

    @Override
    public RoleDto setPermissions(String code, Set<String> permissions) {
        Principal admin = security.require(PERMISSION);
        Set<String> wanted = permissions == null ? new HashSet<>() : new HashSet<>(permissions);
        if (JobTitle.ADMINISTRATOR.name().equals(code)) {
            // The administrators' role keeps every permission: without it nobody could grant any more.
            wanted.add(Principal.ALL_PERMISSIONS);
        }
        RoleDto result = store.database().inTransaction(tx -> {
            Role role = find(tx.em(), code);
            Set<String> held = role.permissions();
            for (String p : new TreeSet<>(wanted)) {
                if (!Principal.ALL_PERMISSIONS.equals(p) && !held.contains(p) && !catalog.isDeclared(p)) {
                    throw InvalidSecurityDataException.unknownPermission(p);
                }
            }
            Set<String> added = new TreeSet<>(wanted);
            added.removeAll(held);
            Set<String> removed = new TreeSet<>(held);
            removed.removeAll(wanted);
            if (!added.isEmpty() || !removed.isEmpty()) {
                role.setPermissions(wanted);
                store.audit().administer(RECORD_TYPE, code, "permissions granted " + added + ", withdrawn " + removed);
            }
            return role.toDto();
        });
        // Every principal holding the role may have changed.
        store.principals().clear();
        LOG.info("Permissions of role {} set by principal {}", code, admin.id());
        return result;
    }

    @Override
    public List<PermissionDefinition> declaredPermissions() {
        security.require(PERMISSION);
        return catalog.all();
    }

    private static Role find(jakarta.persistence.EntityManager em, String code) {
        Role role = code == null ? null : em.find(Role.class, code);
        if (role == null) {
            throw new RoleNotFoundException(String.valueOf(code));
        }
        return role;
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX_LENGTH || n.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidSecurityDataException.invalidName(NAME_MAX_LENGTH);
        }
        return n;
    }
}
