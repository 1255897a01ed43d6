package kz.suhbat.security;

import java.util.Optional;

/**
 * What a new password must be, after NIST SP 800-63B and OWASP: long enough, not absurdly long, not
 * the login. No composition rules (they make passwords weaker to remember, not stronger).
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /** The reason {@code password} is refused, or empty when it is acceptable. */
    public static Optional<AccountException.Reason> check(String login, char[] password) {
        int length = String.valueOf(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH) {
            return Optional.of(AccountException.Reason.PASSWORD_TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(AccountException.Reason.PASSWORD_TOO_LONG);
        }
        if (login != null && String.valueOf(password).strip().equalsIgnoreCase(login.strip())) {
            return Optional.of(AccountException.Reason.PASSWORD_IS_LOGIN);
        }
        return Optional.empty();
    }
}
