package kz.suhbat.security.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.AccountService;

/**
 * Changing one's own password: required after signing in with a temporary one (then it cannot be
 * skipped), or chosen from the sidebar.
 */
public final class ChangePasswordViewModel {

    private final AccountService accounts;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final boolean required;
    private final Runnable onDone;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ChangePasswordViewModel(AccountService accounts, TaskExecutor executor, I18n i18n, boolean required,
                                   Runnable onDone) {
        this.accounts = accounts;
        this.executor = executor;
        this.i18n = i18n;
        this.required = required;
        this.onDone = onDone;
    }

    public void change() {
        if (busy.get()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] chosen = replacement.get().toCharArray();
        char[] again = repeated.get().toCharArray();
        busy.set(true);
        message.set("");
        executor.run(() -> {
            accounts.changeOwnPassword(old, chosen, again);
            return null;
        }, done -> {
            busy.set(false);
            current.set("");
            replacement.set("");
            repeated.set("");
            failed.set(false);
            message.set(i18n.get("password.changed"));
            onDone.run();
        }, failure -> {
            busy.set(false);
            failed.set(true);
            message.set(ErrorText.of(failure, i18n));
        });
    }

    /** Leaves without changing; not offered when the change is required. */
    public void cancel() {
        if (!required) {
            onDone.run();
        }
    }

    public boolean required() {
        return required;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
