package org.mekonghis.security.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.security.api.CreatedUser;
import org.mekonghis.security.api.InvalidSecurityDataException;
import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.RoleDto;
import org.mekonghis.security.api.UserDetails;
import org.mekonghis.security.api.UserDto;
import org.mekonghis.security.api.UserNotFoundException;
import org.mekonghis.security.api.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** User accounts over {@code sec_user}. */
@Component(service = UserService.class)
public final class UserServiceImpl implements UserService {
    private static final Logger LOG = LoggerFactory.getLogger(UserServiceImpl.class);
    private static final String DEPARTMENT_PATTERN = "[A-Za-z0-9._-]{1," + DEPARTMENT_MAX_LENGTH + "}";

    private final SecurityStore store;
    private final SecurityContext security;

    @Activate
    public UserServiceImpl(@Reference SecurityStore store, @Reference SecurityContext security) {
        this.store = store;
        this.security = security;
    }

    @Override
    public List<UserDto> search(String query, int offset, int limit) {
        security.require(PERMISSION);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be at least 0 and limit at least 1: " + offset + ", " + limit);
        }
        int max = Math.min(limit, SEARCH_MAX);
        return store.database().read(em -> {
            var q = query == null || SearchText.of(query).isEmpty()
                    ? em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                    : em.createNamedQuery(UserAccount.SEARCH, UserAccount.class)
                            .setParameter("pattern", SearchText.containsPattern(query));
            return q.setFirstResult(offset).setMaxResults(max).getResultList().stream().map(UserAccount::toDto)
                    .toList();
        });
    }

    @Override
    public UserDto get(String userId) {
        security.require(PERMISSION);
        return store.database().read(em -> find(em, userId).toDto());
    }

    @Override
    public CreatedUser create(String username, UserDetails details, Set<String> roles, String initialPassword) {
        Principal admin = security.require(PERMISSION);
        String name = AuthenticationServiceImpl.normaliseUsername(username);
        if (name == null) {
            throw InvalidSecurityDataException.invalidUsername();
        }
        Valid valid = validate(details);
        Set<String> roleCodes = roles == null ? Set.of() : Set.copyOf(roles);
        boolean generated = initialPassword == null;
        String password = generated ? store.policy().generate(name, store.random()) : initialPassword;
        if (!generated) {
            store.policy().check(name, password);
        }
        String hash = store.hasher().hash(password);
        Instant now = store.clock().instant();
        String id = UUID.randomUUID().toString();
        UserDto created;
        try {
            created = store.database().inTransaction(tx -> {
                EntityManager em = tx.em();
                if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", name)
                        .getResultList().isEmpty()) {
                    throw InvalidSecurityDataException.usernameTaken();
                }
                requireRoles(em, roleCodes);
                UserAccount user = new UserAccount(id, name, hash, generated, now);
                user.setDetails(valid.fullName(), valid.jobTitle(), valid.certificate(), valid.departments(), now);
                user.setRoles(roleCodes, now);
                em.persist(user);
                em.flush();
                store.audit().administer(RECORD_TYPE, id, "created; job title " + valid.jobTitle() + "; roles "
                        + new TreeSet<>(roleCodes));
                return user.toDto();
            });
        } catch (InvalidSecurityDataException e) {
            throw e;
        } catch (RuntimeException e) {
            // Two administrators creating the same name at once: the unique index decides.
            if (store.database().read(em -> !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                    .setParameter("username", name).getResultList().isEmpty())) {
                throw InvalidSecurityDataException.usernameTaken();
            }
            throw e;
        }
        LOG.info("Account {} created by principal {}", id, admin.id());
        return new CreatedUser(created, generated ? password : null);
    }

    @Override
    public UserDto update(String userId, UserDetails details) {
        security.require(PERMISSION);
        Valid valid = validate(details);
        Instant now = store.clock().instant();
        UserDto updated = store.database().inTransaction(tx -> {
            UserAccount user = find(tx.em(), userId);
            user.setDetails(valid.fullName(), valid.jobTitle(), valid.certificate(), valid.departments(), now);
            store.audit().administer(RECORD_TYPE, userId, "details updated; job title " + valid.jobTitle());
            return user.toDto();
        });
        store.principals().evict(userId);
        return updated;
    }

    @Override
    public UserDto assignRoles(String userId, Set<String> roles) {
        Principal admin = security.require(PERMISSION);
        Set<String> roleCodes = roles == null ? Set.of() : Set.copyOf(roles);
        if (admin.id().equals(userId) && !roleCodes.contains(JobTitle.ADMINISTRATOR.name())
                && get(userId).roles().contains(JobTitle.ADMINISTRATOR.name())) {
            throw InvalidSecurityDataException.selfLockout();
        }
        Instant now = store.clock().instant();
        UserDto updated = store.database().inTransaction(tx -> {
            UserAccount user = find(tx.em(), userId);
            requireRoles(tx.em(), roleCodes);
            user.setRoles(roleCodes, now);
            store.audit().administer(RECORD_TYPE, userId, "roles set to " + new TreeSet<>(roleCodes));
            return user.toDto();
        });
        store.principals().evict(userId);
        return updated;
    }

    @Override
    public UserDto deactivate(String userId) {
        Principal admin = security.require(PERMISSION);
        if (admin.id().equals(userId)) {
            throw InvalidSecurityDataException.selfLockout();
        }
        return setActive(userId, false);
    }

    @Override
    public UserDto reactivate(String userId) {
        security.require(PERMISSION);
        return setActive(userId, true);
    }

    private UserDto setActive(String userId, boolean active) {
        Instant now = store.clock().instant();
        UserDto result = store.database().inTransaction(tx -> {
            UserAccount user = find(tx.em(), userId);
            if (user.active() != active) {
                user.setActive(active, now);
                if (!active) {
                    tx.em().createNamedQuery(UserToken.REVOKE_FOR_USER).setParameter("userId", userId).executeUpdate();
                }
                store.audit().administer(RECORD_TYPE, userId, active ? "reactivated" : "deactivated");
            }
            return user.toDto();
        });
        store.principals().evict(userId);
        return result;
    }

    @Override
    public String resetPassword(String userId) {
        Principal admin = security.require(PERMISSION);
        Instant now = store.clock().instant();
        String username = store.database().read(em -> find(em, userId).username());
        String password = store.policy().generate(username, store.random());
        String hash = store.hasher().hash(password);
        store.database().run(tx -> {
            UserAccount user = find(tx.em(), userId);
            user.setPassword(hash, true, now);
            user.unlock(now);
            tx.em().createNamedQuery(UserToken.REVOKE_FOR_USER).setParameter("userId", userId).executeUpdate();
            store.audit().administer(RECORD_TYPE, userId, "password reset; must change at next sign-in");
        });
        store.principals().evict(userId);
        LOG.info("Password of account {} reset by principal {}", userId, admin.id());
        return password;
    }

    @Override
    public UserDto unlock(String userId) {
        security.require(PERMISSION);
        Instant now = store.clock().instant();
        UserDto result = store.database().inTransaction(tx -> {
            UserAccount user = find(tx.em(), userId);
            user.unlock(now);
            store.audit().administer(RECORD_TYPE, userId, "unlocked");
            return user.toDto();
        });
        store.principals().evict(userId);
        return result;
    }

    @Override
    public List<RoleDto> assignableRoles() {
        security.require(PERMISSION);
        return store.database().read(em -> em.createNamedQuery(Role.ALL, Role.class).getResultList().stream()
                .map(Role::toDto).toList());
    }

    private static UserAccount find(EntityManager em, String userId) {
        UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
        if (user == null) {
            throw new UserNotFoundException(String.valueOf(userId));
        }
        return user;
    }

    private static void requireRoles(EntityManager em, Set<String> codes) {
        for (String code : codes) {
            if (code == null || em.find(Role.class, code) == null) {
                throw InvalidSecurityDataException.unknownRole(String.valueOf(code));
            }
        }
    }

    private record Valid(String fullName, JobTitle jobTitle, String certificate, Set<String> departments) {
    }

    /** Checks and trims what an administrator entered. */
    static Valid validate(UserDetails details) {
        if (details == null) {
            throw InvalidSecurityDataException.invalidFullName();
        }
        String fullName = details.fullName() == null ? "" : details.fullName().strip().replaceAll("\\s+", " ");
        if (fullName.isEmpty() || fullName.length() > FULL_NAME_MAX_LENGTH
                || fullName.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidSecurityDataException.invalidFullName();
        }
        JobTitle title = details.jobTitle();
        if (title == null) {
            throw InvalidSecurityDataException.jobTitleRequired();
        }
        String certificate = details.practisingCertificate() == null ? null : details.practisingCertificate().strip();
        if (certificate != null && certificate.isEmpty()) {
            certificate = null;
        }
        if (certificate == null && title.requiresPractisingCertificate()) {
            throw InvalidSecurityDataException.certificateRequired(title);
        }
        if (certificate != null && certificate.length() > CERTIFICATE_MAX_LENGTH) {
            throw InvalidSecurityDataException.certificateTooLong();
        }
        Set<String> departments = new LinkedHashSet<>();
        for (String d : details.departments()) {
            String code = d == null ? "" : d.strip();
            if (!code.matches(DEPARTMENT_PATTERN)) {
                throw InvalidSecurityDataException.invalidDepartment();
            }
            departments.add(code);
        }
        return new Valid(fullName, title, certificate, departments);
    }
}
