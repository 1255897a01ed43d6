package kz.suhbat.security;

/** An account operation refused for a reason the user can act on; shown as {@code account.error.<REASON>}. */
public final class AccountException extends RuntimeException implements kz.suhbat.common.Refusal {

    public enum Reason {
        LOGIN_INVALID, LOGIN_TAKEN, NAME_MISSING, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_IS_LOGIN,
        PASSWORDS_DIFFER, WRONG_PASSWORD, LAST_ADMINISTRATOR, NOT_FOUND, OWN_ACCOUNT, INACTIVE,
        OFFICE_INVALID, LETTERHEAD_TOO_LARGE, LETTERHEAD_NOT_AN_IMAGE,
        LETTERHEAD_UNREADABLE, KEY_NOT_RENEWED
    }

    private final Reason reason;

    public AccountException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
