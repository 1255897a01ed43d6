package kz.suhbat.security;

/**
 * The keyring file exists but cannot be read as one (damaged, cut short, or not a keyring at all).
 * Nothing can be unlocked without it: the data folder must be restored from a backup.
 */
public final class KeyringException extends RuntimeException {

    public KeyringException(String message, Throwable cause) {
        super(message, cause);
    }
}
