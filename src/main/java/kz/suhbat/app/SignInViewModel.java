package kz.suhbat.app;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.db.DatabaseOpenException;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.Account;

/**
 * The sign-in screen, also shown when the window locks: then only the account that was signed in can
 * unlock it (others sign in afresh, which signs that account out).
 */
final class SignInViewModel {

    private final Entrance entrance;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Consumer<Entrance.Outcome.SignedIn> onSignedIn;
    private final Runnable onOtherAccount;
    private final ReadOnlyObjectWrapper<Account> locked = new ReadOnlyObjectWrapper<>();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The password every demo account has, when this is the demo office. */
    private final Optional<String> demoPassword;

    SignInViewModel(Entrance entrance, TaskExecutor executor, I18n i18n, Optional<String> demoPassword,
                    Consumer<Entrance.Outcome.SignedIn> onSignedIn, Runnable onOtherAccount) {
        this.entrance = entrance;
        this.executor = executor;
        this.i18n = i18n;
        this.demoPassword = demoPassword;
        this.onSignedIn = onSignedIn;
        this.onOtherAccount = onOtherAccount;
    }

    /** Shows the screen as the lock of {@code account}'s session. */
    void lock(Account account) {
        locked.set(account);
        login.set(account.login());
        password.set("");
        message.set("");
    }

    /** Shows the screen for anyone to sign in. */
    void reset() {
        locked.set(null);
        login.set("");
        password.set("");
        message.set("");
    }

    void signIn() {
        if (busy.get()) {
            return;
        }
        if (login.get().isBlank() || password.get().isEmpty()) {
            message.set(i18n.get("signin.missing"));
            return;
        }
        String who = login.get().strip();
        char[] secret = password.get().toCharArray();
        Account lockedAccount = locked.get();
        password.set("");
        message.set("");
        busy.set(true);
        executor.run(() -> lockedAccount == null ? entrance.signIn(who, secret) : entrance.unlock(lockedAccount, secret),
                outcome -> {
                    busy.set(false);
                    java.util.Arrays.fill(secret, '\0');
                    handle(outcome);
                }, failure -> {
                    busy.set(false);
                    message.set(failure instanceof DatabaseOpenException refused
                            ? i18n.format("startup.failed", i18n.get("startup.db." + refused.reason().name()))
                            : i18n.format("startup.failed", String.valueOf(failure.getMessage())));
                });
    }

    private void handle(Entrance.Outcome outcome) {
        if (outcome instanceof Entrance.Outcome.SignedIn signedIn) {
            locked.set(null);
            onSignedIn.accept(signedIn);
        } else if (outcome instanceof Entrance.Outcome.Wait wait) {
            message.set(i18n.format("signin.wait", Math.max(1, wait.remaining().toSeconds())));
        } else if (outcome instanceof Entrance.Outcome.Inactive) {
            message.set(i18n.get("signin.inactive"));
        } else if (outcome instanceof Entrance.Outcome.NeedsReset) {
            message.set(i18n.get("signin.needsReset"));
        } else {
            message.set(i18n.get(locked.get() == null ? "signin.refused" : "signin.wrongPassword"));
        }
    }

    /** From the lock screen: end the locked session and let someone else sign in. */
    void otherAccount() {
        onOtherAccount.run();
    }

    ReadOnlyObjectProperty<Account> lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    StringProperty loginProperty() {
        return login;
    }

    StringProperty passwordProperty() {
        return password;
    }

    StringProperty messageProperty() {
        return message;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    /** The demo office's sign-in hint in the current language (the screen reloads on a language switch). */
    Optional<String> demoHint() {
        return demoPassword.map(secret -> i18n.format("signin.demoHint", secret));
    }
}
