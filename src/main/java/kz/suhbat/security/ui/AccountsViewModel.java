package kz.suhbat.security.ui;

import java.util.Comparator;
import java.security.SecureRandom;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.Account;
import kz.suhbat.security.AccountService;
import kz.suhbat.security.Role;
import kz.suhbat.security.TemporaryPasswords;

/**
 * The administrator's list of accounts, with one form below it for a new account, an edit, or a
 * password reset. A temporary password is shown in clear so it can be handed over; its owner must
 * change it at the first sign-in.
 */
public final class AccountsViewModel {

    /** What the form below the list is doing. */
    public enum Form { NONE, CREATE, EDIT, RESET }

    private final AccountService accounts;
    private final I18n i18n;
    private final SecureRandom random;
    private final ObservableList<Account> list = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.MEMBER);
    private final StringProperty temporaryPassword = new SimpleStringProperty("");
    private final ActionStatus status;

    public AccountsViewModel(AccountService accounts, TaskExecutor executor, I18n i18n, SecureRandom random) {
        this.accounts = accounts;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> ErrorText.of(failure, i18n));
        this.random = random;
    }

    public void refresh() {
        status.run(accounts::list, loaded -> {
            Account shown = selected.get();
            list.setAll(loaded.stream().sorted(Comparator.comparing(Account::active).reversed()
                    .thenComparing(Account::displayName, NameCollator.of(i18n.language()))
                    .thenComparing(Account::login)).toList());
            if (shown != null) {
                loaded.stream().filter(a -> a.id() == shown.id()).findFirst().ifPresent(selected::set);
            }
        });
    }

    public void startCreate() {
        name.set("");
        login.set("");
        role.set(Role.MEMBER);
        generate();
        form.set(Form.CREATE);
    }

    public void startEdit() {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        name.set(account.displayName());
        login.set(account.login());
        role.set(account.role());
        form.set(Form.EDIT);
    }

    public void startReset() {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        name.set(account.displayName());
        login.set(account.login());
        generate();
        form.set(Form.RESET);
    }

    public void generate() {
        temporaryPassword.set(TemporaryPasswords.generate(random));
    }

    public void cancel() {
        form.set(Form.NONE);
    }

    public void save() {
        Form doing = form.get();
        Account account = selected.get();
        String who = login.get();
        String fullName = name.get();
        Role chosen = role.get();
        char[] password = temporaryPassword.get().toCharArray();
        switch (doing) {
            case CREATE -> status.run(() -> accounts.create(who, fullName, chosen, password), created -> done(
                    i18n.format("accounts.created", created.displayName(), created.login(), temporaryPassword.get())));
            case EDIT -> status.run(() -> accounts.update(account.id(), fullName, chosen), updated -> done(
                    i18n.format("accounts.updated", updated.displayName())));
            case RESET -> status.runWithProgress(progress -> {
                accounts.resetPassword(account.id(), password, progress);
                return account;
            }, reset -> done(i18n.format("accounts.passwordReset", reset.displayName(), temporaryPassword.get())
                    + " " + i18n.get("accounts.keyRenewed")));
            default -> { }
        }
    }

    /**
     * Deactivates the selected account (the view has asked for confirmation); the database key is renewed
     * meanwhile, with progress shown.
     */
    public void deactivate() {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        status.runWithProgress(progress -> {
            accounts.deactivate(account.id(), progress);
            return account;
        }, gone -> done(i18n.format("accounts.deactivated", gone.displayName()) + " "
                + i18n.get("accounts.keyRenewed")));
    }

    private void done(String text) {
        form.set(Form.NONE);
        status.succeeded(text);
        refresh();
    }

    public ObservableList<Account> accounts() {
        return list;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Form> formProperty() {
        return form;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty temporaryPasswordProperty() {
        return temporaryPassword;
    }

    public ActionStatus status() {
        return status;
    }
}
