package kz.suhbat.exchange;

import kz.suhbat.common.ReasonedRefusal;

/**
 * Why the office's signing key was not unlocked for an export. Each reason has a translated message
 * {@code exchange.signingKey.<REASON>} filled with the values given.
 */
public final class SigningKeyRefusal extends ReasonedRefusal {

    public enum Reason {
        /** The login or password is wrong. */
        WRONG_PASSWORD,
        /** Too many wrong passwords: {0} seconds to wait. */
        WAIT,
        /** {0} login: the account is not an active administrator. */
        NOT_ADMINISTRATOR,
        /** {0} login: an administrator whose account has not been given the key yet. */
        NOT_SHARED
    }

    public SigningKeyRefusal(Reason reason, Object... args) {
        super(reason, args);
    }

    public Reason reason() {
        return (Reason) reasonCode();
    }

    public String messageKey() {
        return "exchange.signingKey." + reason().name();
    }
}
