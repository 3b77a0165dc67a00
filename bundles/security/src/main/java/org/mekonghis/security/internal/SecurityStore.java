package org.mekonghis.security.internal;

import java.security.SecureRandom;
import java.time.Clock;

import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.persistence.PersistenceUnit;
import org.mekonghis.platform.api.security.SecurityContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the module's database unit {@value #UNIT} and what the services share (settings, hasher,
 * password policy, token generator, principal cache, audit). On activation it migrates the
 * schema, seeds the default roles and creates the first administrator when there is no user.
 *
 * <p>Immediate, so a failing migration and the first administrator's password show at start-up.
 */
@Component(service = SecurityStore.class, immediate = true)
public final class SecurityStore {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityStore.class);

    static final String UNIT = "security";
    static final String CHANGELOG = "db/security/changelog.xml";

    private final Database database;
    private final SecuritySettings settings;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final BearerTokens tokens;
    private final SecureRandom random;
    private final Clock clock;
    private final PrincipalCache principals;
    private final SecurityAudit audit;

    @Activate
    public SecurityStore(@Reference PersistenceService persistence, @Reference Configuration configuration,
            @Reference AuditLog auditLog, @Reference SecurityContext security, @Reference Messages messages,
            BundleContext context) {
        this(persistence.open(PersistenceUnit.ofBundle(context.getBundle(), UNIT, CHANGELOG, UserAccount.class,
                Role.class, UserToken.class, ApiClient.class)), SecuritySettings.from(configuration),
                new SecurityAudit(auditLog, security), new SecureRandom(), Clock.systemUTC());
        new SecuritySeed(this, security, messages).run(configuration.get(SecuritySettings.ADMIN_PASSWORD)
                .filter(p -> !p.isEmpty()));
    }

    /** For tests: a database and settings of their own; nothing is seeded. */
    SecurityStore(Database database, SecuritySettings settings, SecurityAudit audit, SecureRandom random, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.random = random;
        this.clock = clock;
        this.audit = audit;
        this.hasher = new PasswordHasher(settings.argon2(), random);
        this.policy = new PasswordPolicy(settings.passwordMinLength());
        this.tokens = new BearerTokens(random);
        this.principals = new PrincipalCache(settings.principalCacheTtl(), System::nanoTime);
        LOG.debug("Security settings: lockout after {} failures for {}, passwords of {}+ characters, tokens for {},"
                + " principals cached {}, Argon2id {}", settings.lockoutAttempts(), settings.lockoutDuration(),
                settings.passwordMinLength(), settings.tokenLifetime(), settings.principalCacheTtl(), settings.argon2());
    }

    Database database() {
        return database;
    }

    SecuritySettings settings() {
        return settings;
    }

    PasswordHasher hasher() {
        return hasher;
    }

    PasswordPolicy policy() {
        return policy;
    }

    BearerTokens tokens() {
        return tokens;
    }

    SecureRandom random() {
        return random;
    }

    Clock clock() {
        return clock;
    }

    PrincipalCache principals() {
        return principals;
    }

    SecurityAudit audit() {
        return audit;
    }
}
