package kz.suhbat.devices;

import kz.suhbat.security.Account;
import kz.suhbat.security.AccountRepository;
import kz.suhbat.security.Authenticator;

/**
 * A member's login and password checked from their device by the same authenticator as the window's
 * sign-in: wrong attempts are counted against the account and slowed down alike, and a login that does
 * not exist takes as long as one that does.
 */
public final class MemberSignIn {

    private final Authenticator authenticator;
    private final AccountRepository accounts;

    public MemberSignIn(Authenticator authenticator, AccountRepository accounts) {
        this.authenticator = authenticator;
        this.accounts = accounts;
    }

    /** The active account the password opens; throws {@link RoomException} otherwise. */
    public Account verify(String login, char[] password) {
        Authenticator.Verdict verdict = authenticator.verify(login.strip(), password);
        long accountId;
        if (verdict instanceof Authenticator.Verdict.Unlocked unlocked) {
            accountId = unlocked.accountId();
        } else if (verdict instanceof Authenticator.Verdict.NeedsReset reset) {
            accountId = reset.accountId();
        } else if (verdict instanceof Authenticator.Verdict.Wait wait) {
            throw new RoomException(RoomException.Reason.WAIT, Math.max(1, wait.remaining().toSeconds()));
        } else {
            throw new RoomException(RoomException.Reason.WRONG_PASSWORD);
        }
        Account account = accounts.find(accountId).filter(Account::active)
                .orElseThrow(() -> new RoomException(RoomException.Reason.WRONG_PASSWORD));
        if (account.mustChangePassword()) {
            throw new RoomException(RoomException.Reason.CHANGE_PASSWORD_FIRST);
        }
        return account;
    }
}
