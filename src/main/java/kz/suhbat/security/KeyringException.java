package kz.suhbat.security;

/**
 * The keyring cannot be used, so nothing can be unlocked: the data folder (or its keyring) must be
 * restored from a backup. Each reason has a translated message {@code startup.keyring.<REASON>}.
 */
public final class KeyringException extends RuntimeException {

    public enum Reason {
        /** The file is there but is not a readable keyring (damaged, cut short, something else). */
        DAMAGED,
        /** The database is encrypted but its keyring is gone. */
        MISSING
    }

    private final Reason reason;

    public KeyringException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
