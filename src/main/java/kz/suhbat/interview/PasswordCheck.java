package kz.suhbat.interview;

import java.util.Optional;
import kz.suhbat.security.Account;
import kz.suhbat.security.AccountRepository;
import kz.suhbat.security.Authenticator;

/**
 * A member's password checked by the same authenticator as sign-in, so wrong attempts are counted and
 * slowed down alike. A deactivated account opens no sheet.
 */
public final class PasswordCheck implements MemberCredentials {

    private final Authenticator authenticator;
    private final AccountRepository accounts;

    public PasswordCheck(Authenticator authenticator, AccountRepository accounts) {
        this.authenticator = authenticator;
        this.accounts = accounts;
    }

    @Override
    public void verify(long accountId, char[] password) {
        Optional<Account> account = accounts.find(accountId).filter(Account::active);
        if (account.isEmpty()) {
            throw new InterviewException(InterviewException.Reason.NO_ACCOUNT, "");
        }
        Authenticator.Verdict verdict = authenticator.verify(account.get().login(), password);
        if (verdict instanceof Authenticator.Verdict.Wait wait) {
            throw new InterviewException(InterviewException.Reason.WAIT, Math.max(1, wait.remaining().toSeconds()));
        }
        if (!(verdict instanceof Authenticator.Verdict.Unlocked unlocked) || unlocked.accountId() != accountId) {
            throw new InterviewException(InterviewException.Reason.WRONG_PASSWORD);
        }
    }
}
