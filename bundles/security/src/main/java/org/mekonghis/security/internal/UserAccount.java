package org.mekonghis.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mekonghis.security.api.JobTitle;
import org.mekonghis.security.api.UserDto;

/** A user account as stored in {@code sec_user}. Never leaves this bundle: callers get {@link UserDto}. */
@Entity
@Table(name = "sec_user")
@NamedQueries({
        @NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username"),
        @NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u"),
        @NamedQuery(name = UserAccount.SEARCH,
                query = "SELECT u FROM UserAccount u WHERE u.searchText LIKE :pattern ESCAPE '!' ORDER BY u.username"),
        @NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.username"),
        @NamedQuery(name = UserAccount.COUNT_FAILURE,
                query = "UPDATE UserAccount u SET u.failedAttempts = u.failedAttempts + 1 WHERE u.id = :id"),
        @NamedQuery(name = UserAccount.LOCK,
                query = "UPDATE UserAccount u SET u.failedAttempts = 0, u.lockedUntil = :until WHERE u.id = :id"
                        + " AND u.failedAttempts >= :attempts"),
        @NamedQuery(name = UserAccount.FAILED_ATTEMPTS,
                query = "SELECT u.failedAttempts FROM UserAccount u WHERE u.id = :id") })
public class UserAccount {
    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String COUNT = "UserAccount.count";
    static final String SEARCH = "UserAccount.search";
    static final String ALL = "UserAccount.all";
    static final String COUNT_FAILURE = "UserAccount.countFailure";
    static final String LOCK = "UserAccount.lock";
    static final String FAILED_ATTEMPTS = "UserAccount.failedAttempts";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "username", length = 50, nullable = false, unique = true)
    private String username;

    @Column(name = "full_name", length = 200, nullable = false)
    private String fullName;

    @Column(name = "search_text", length = 260, nullable = false)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_title", length = 30, nullable = false)
    private JobTitle jobTitle;

    @Column(name = "practising_certificate", length = 30)
    private String practisingCertificate;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "password_hash", length = 255, nullable = false)
    private String passwordHash;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_code", length = 50)
    private Set<String> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_user_department", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "department_code", length = 30)
    private Set<String> departments = new HashSet<>();

    /** For JPA. */
    protected UserAccount() {
    }

    UserAccount(String id, String username, String passwordHash, boolean mustChangePassword, Instant now) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.active = true;
        this.createdAt = Times.toDb(now);
        this.updatedAt = this.createdAt;
    }

    void setDetails(String fullName, JobTitle jobTitle, String certificate, Set<String> departments, Instant now) {
        this.fullName = fullName;
        this.searchText = SearchText.of(username + " " + fullName);
        this.jobTitle = jobTitle;
        this.practisingCertificate = certificate;
        this.departments.clear();
        this.departments.addAll(departments);
        touch(now);
    }

    void setRoles(Set<String> roles, Instant now) {
        this.roles.clear();
        this.roles.addAll(roles);
        touch(now);
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        touch(now);
    }

    void setPassword(String hash, boolean mustChange, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
        touch(now);
    }

    /** A newer hash of the same password (parameters changed); not a change an administrator made. */
    void rehash(String hash) {
        this.passwordHash = hash;
    }

    void unlock(Instant now) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        touch(now);
    }

    void signedIn(Instant now) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.lastLoginAt = Times.toDb(now);
    }

    private void touch(Instant now) {
        this.updatedAt = Times.toDb(now);
    }

    String id() {
        return id;
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    boolean active() {
        return active;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    String passwordHash() {
        return passwordHash;
    }

    Instant lockedUntil() {
        return Times.fromDb(lockedUntil);
    }

    Set<String> roles() {
        return Set.copyOf(roles);
    }

    UserDto toDto() {
        return new UserDto(id, username, fullName, jobTitle, practisingCertificate,
                List.copyOf(new java.util.TreeSet<>(departments)), roles, active, mustChangePassword, failedAttempts,
                Times.fromDb(lockedUntil), Times.fromDb(createdAt), Times.fromDb(updatedAt));
    }
}
