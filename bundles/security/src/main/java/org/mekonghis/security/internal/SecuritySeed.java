package org.mekonghis.security.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.PasswordPolicyException;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.security.api.JobTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a new installation starts with: one role per job title (ADMINISTRATOR holding every
 * permission, AUDITOR the audit log, the others what the bundles name as defaults, see
 * {@link DefaultGrants}) and, when
 * there is no user at all, the first administrator {@code admin}.
 */
final class SecuritySeed {
    private static final Logger LOG = LoggerFactory.getLogger(SecuritySeed.class);

    static final String FIRST_ADMIN = "admin";

    private final SecurityStore store;
    private final SecurityContext security;
    private final Messages messages;

    SecuritySeed(SecurityStore store, SecurityContext security, Messages messages) {
        this.store = store;
        this.security = security;
        this.messages = messages;
    }

    /** Seeds what is missing; running it again, or on two nodes at once, changes nothing more. */
    void run(Optional<String> configuredAdminPassword) {
        try {
            security.runAs(Principal.SYSTEM, ClientInfo.LOCAL, () -> {
                seedRoles();
                createFirstAdministrator(configuredAdminPassword);
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("SEC-0050: seeding roles and the first administrator failed", e);
        }
    }

    static Set<String> defaultPermissions(JobTitle title) {
        return switch (title) {
            case ADMINISTRATOR -> Set.of(Principal.ALL_PERMISSIONS);
            case AUDITOR -> Set.of(AuditTrail.PERMISSION);
            default -> Set.of();
        };
    }

    void seedRoles() {
        for (JobTitle title : JobTitle.values()) {
            String name = messages.get(Messages.VIETNAMESE, "security.role." + title.name());
            try {
                store.database().run(tx -> {
                    if (tx.em().find(Role.class, title.name()) == null) {
                        tx.em().persist(new Role(title.name(), name, true, defaultPermissions(title)));
                        store.audit().administer(SecurityAudit.ROLE, title.name(), "default role created");
                    }
                });
            } catch (RuntimeException e) {
                // Another node may have created it in the meantime; only a role still missing is an error.
                if (store.database().read(em -> em.find(Role.class, title.name())) == null) {
                    throw e;
                }
            }
        }
    }

    void createFirstAdministrator(Optional<String> configuredPassword) {
        if (store.database().read(em -> em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult()) > 0) {
            return;
        }
        String password;
        boolean mustChange;
        if (configuredPassword.isPresent()) {
            password = configuredPassword.get();
            mustChange = false;
            try {
                store.policy().check(FIRST_ADMIN, password);
            } catch (PasswordPolicyException e) {
                mustChange = true;
                LOG.warn("SEC-0051: {} does not meet the password policy ({}); the administrator must change it at"
                        + " first sign-in", SecuritySettings.ADMIN_PASSWORD, e.messageKey());
            }
        } else {
            password = store.policy().generate(FIRST_ADMIN, store.random());
            mustChange = true;
        }
        Instant now = store.clock().instant();
        String id = UUID.randomUUID().toString();
        String hash = store.hasher().hash(password);
        String fullName = messages.get(Messages.VIETNAMESE, "security.firstAdmin.fullName");
        boolean generated = configuredPassword.isEmpty();
        boolean mustChangeFinal = mustChange;
        try {
            store.database().run(tx -> {
                UserAccount admin = new UserAccount(id, FIRST_ADMIN, hash, mustChangeFinal, now);
                admin.setDetails(fullName, JobTitle.ADMINISTRATOR, null, Set.of(), now);
                admin.setRoles(Set.of(JobTitle.ADMINISTRATOR.name()), now);
                tx.em().persist(admin);
                tx.em().flush();
                store.audit().administer(SecurityAudit.USER, id, "first administrator created");
            });
        } catch (RuntimeException e) {
            if (store.database().read(em -> em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult()) > 0) {
                LOG.info("The first administrator was created by another node");
                return;
            }
            throw e;
        }
        if (generated) {
            announce(password);
        } else {
            LOG.info("First administrator '{}' created with the password from {}", FIRST_ADMIN,
                    SecuritySettings.ADMIN_PASSWORD);
        }
        LOG.debug("First administrator has id {}", id);
    }

    /**
     * The only place a password is ever logged: the generated password of the first
     * administrator, once, at WARN, so that it reaches the console and the log file.
     */
    private static void announce(String password) {
        String line = "*".repeat(78);
        LOG.warn("""

                {}
                *  FIRST ADMINISTRATOR CREATED
                *
                *    user name: {}
                *    password:  {}
                *
                *  This password is shown only this once and must be changed at first sign-in.
                *  To choose it yourself instead, set admin.password (MEKONG_ADMIN_PASSWORD)
                *  before the first start on an empty database.
                {}""", line, FIRST_ADMIN, password, line);
    }
}
