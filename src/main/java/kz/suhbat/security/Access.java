package kz.suhbat.security;

import java.util.Optional;

/**
 * Who is signed in on this machine right now, and the check every service method makes before it
 * touches data. Shared by all services of one session.
 */
public final class Access {

    private volatile Account current;

    public Optional<Account> current() {
        return Optional.ofNullable(current);
    }

    /** Returns the signed-in account when it may perform {@code operation}; throws otherwise. */
    public Account require(Operation operation) {
        Account account = current;
        if (account == null || !account.active() || !operation.allows(account.role())) {
            throw new AccessDeniedException(operation, account);
        }
        return account;
    }

    public void signIn(Account account) {
        this.current = account;
    }

    public void signOut() {
        this.current = null;
    }

    /** Keeps the session in step when the signed-in account itself was changed. */
    void refresh(Account changed) {
        Account account = current;
        if (account != null && account.id() == changed.id()) {
            current = changed;
        }
    }
}
