package org.mekonghis.security.api;

import org.mekonghis.platform.api.MekongException;

/**
 * A user, role or API client was refused because a value is invalid or conflicts with another
 * record; nothing was stored. REST answers 400 (409 for a taken name).
 *
 * @since 1.0
 */
public class InvalidSecurityDataException extends MekongException {
    private static final long serialVersionUID = 1L;

    public static final String INVALID_USERNAME = "SEC-0030";
    public static final String USERNAME_TAKEN = "SEC-0031";
    public static final String INVALID_FULL_NAME = "SEC-0032";
    public static final String JOB_TITLE_REQUIRED = "SEC-0033";
    public static final String CERTIFICATE_REQUIRED = "SEC-0034";
    public static final String CERTIFICATE_TOO_LONG = "SEC-0035";
    public static final String INVALID_DEPARTMENT = "SEC-0036";
    public static final String UNKNOWN_ROLE = "SEC-0037";
    public static final String INVALID_ROLE_CODE = "SEC-0038";
    public static final String ROLE_CODE_TAKEN = "SEC-0039";
    public static final String INVALID_NAME = "SEC-0040";
    public static final String UNKNOWN_PERMISSION = "SEC-0041";
    public static final String SCOPES_REQUIRED = "SEC-0042";
    public static final String EXPIRY_IN_PAST = "SEC-0043";
    public static final String SELF_LOCKOUT = "SEC-0044";

    private final String field;

    private InvalidSecurityDataException(String code, int status, String field, String messageKey, String logMessage,
            Object... arguments) {
        super(code, status, messageKey, logMessage, arguments);
        this.field = field;
    }

    /** The field at fault, e.g. {@code username}, {@code fullName}, {@code roles}, {@code scopes}. */
    public String field() {
        return field;
    }

    public static InvalidSecurityDataException invalidUsername() {
        return new InvalidSecurityDataException(INVALID_USERNAME, 400, "username", "security.error.invalidUsername",
                "user name must match " + UserService.USERNAME_PATTERN);
    }

    public static InvalidSecurityDataException usernameTaken() {
        return new InvalidSecurityDataException(USERNAME_TAKEN, 409, "username", "security.error.usernameTaken",
                "user name is taken");
    }

    public static InvalidSecurityDataException invalidFullName() {
        return new InvalidSecurityDataException(INVALID_FULL_NAME, 400, "fullName", "security.error.invalidFullName",
                "full name is required, at most " + UserService.FULL_NAME_MAX_LENGTH + " characters",
                UserService.FULL_NAME_MAX_LENGTH);
    }

    public static InvalidSecurityDataException jobTitleRequired() {
        return new InvalidSecurityDataException(JOB_TITLE_REQUIRED, 400, "jobTitle", "security.error.jobTitleRequired",
                "job title is required");
    }

    public static InvalidSecurityDataException certificateRequired(JobTitle title) {
        return new InvalidSecurityDataException(CERTIFICATE_REQUIRED, 400, "practisingCertificate",
                "security.error.certificateRequired", "a practising certificate number is required for " + title);
    }

    public static InvalidSecurityDataException certificateTooLong() {
        return new InvalidSecurityDataException(CERTIFICATE_TOO_LONG, 400, "practisingCertificate",
                "security.error.certificateTooLong",
                "practising certificate number longer than " + UserService.CERTIFICATE_MAX_LENGTH + " characters",
                UserService.CERTIFICATE_MAX_LENGTH);
    }

    public static InvalidSecurityDataException invalidDepartment() {
        return new InvalidSecurityDataException(INVALID_DEPARTMENT, 400, "departments",
                "security.error.invalidDepartment", "a department code is blank, too long or has invalid characters",
                UserService.DEPARTMENT_MAX_LENGTH);
    }

    public static InvalidSecurityDataException unknownRole(String code) {
        return new InvalidSecurityDataException(UNKNOWN_ROLE, 400, "roles", "security.error.unknownRole",
                "no role " + code, code);
    }

    public static InvalidSecurityDataException invalidRoleCode() {
        return new InvalidSecurityDataException(INVALID_ROLE_CODE, 400, "code", "security.error.invalidRoleCode",
                "role code must match " + RoleService.CODE_PATTERN);
    }

    public static InvalidSecurityDataException roleCodeTaken(String code) {
        return new InvalidSecurityDataException(ROLE_CODE_TAKEN, 409, "code", "security.error.roleCodeTaken",
                "role " + code + " exists", code);
    }

    public static InvalidSecurityDataException invalidName(int maxLength) {
        return new InvalidSecurityDataException(INVALID_NAME, 400, "name", "security.error.invalidName",
                "name is required, at most " + maxLength + " characters", maxLength);
    }

    public static InvalidSecurityDataException unknownPermission(String permission) {
        return new InvalidSecurityDataException(UNKNOWN_PERMISSION, 400, "permissions",
                "security.error.unknownPermission", "permission " + permission + " is not declared", permission);
    }

    public static InvalidSecurityDataException scopesRequired() {
        return new InvalidSecurityDataException(SCOPES_REQUIRED, 400, "scopes", "security.error.scopesRequired",
                "an API client needs at least one permission");
    }

    public static InvalidSecurityDataException expiryInPast() {
        return new InvalidSecurityDataException(EXPIRY_IN_PAST, 400, "expiresAt", "security.error.expiryInPast",
                "expiry must be in the future");
    }

    public static InvalidSecurityDataException selfLockout() {
        return new InvalidSecurityDataException(SELF_LOCKOUT, 400, "user", "security.error.selfLockout",
                "administrators cannot deactivate themselves or remove their own ADMINISTRATOR role");
    }
}
