package kz.suhbat.training.ui.course;

import java.security.SecureRandom;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.security.AccountService;
import kz.suhbat.security.TemporaryPasswords;
import kz.suhbat.training.ui.TrainingErrors;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.Account;
import kz.suhbat.training.Trainee;
import kz.suhbat.training.TrainingService;

/** The chosen course's trainees and reference raters, and the accounts that may still join it. */
public final class CourseTraineesViewModel {

    /** A trainee's line, in the reader's language. */
    public record TraineeRow(long accountId, String name, String login, String role, String reference) {
    }

    private final TrainingService training;
    private final ReadOnlyObjectProperty<Campaign> course;
    private final I18n i18n;
    private final ActionStatus status;
    private final ObservableList<TraineeRow> trainees = FXCollections.observableArrayList();
    private final ObservableList<Account> eligible = FXCollections.observableArrayList();
    private final ObjectProperty<Account> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty reference = new SimpleBooleanProperty();
    private final StringProperty newLogin = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final AccountService accounts;
    private final SecureRandom random;

    public CourseTraineesViewModel(TrainingService training, AccountService accounts,
                                   ReadOnlyObjectProperty<Campaign> course, TaskExecutor executor, I18n i18n,
                                   SecureRandom random) {
        this.training = training;
        this.accounts = accounts;
        this.random = random;
        this.course = course;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> TrainingErrors.text(failure, i18n));
        course.addListener((obs, old, value) -> refresh());
    }

    private record Loaded(List<Trainee> trainees, List<Account> accounts) {
    }

    public void refresh() {
        Campaign campaign = course.get();
        if (campaign == null) {
            trainees.clear();
            eligible.clear();
            return;
        }
        status.run(() -> new Loaded(training.trainees(campaign.id()), training.eligibleAccounts()), loaded -> {
            if (course.get() == null || course.get().id() != campaign.id()) {
                return;
            }
            trainees.setAll(loaded.trainees().stream().map(this::row).toList());
            Set<Long> on = loaded.trainees().stream().map(Trainee::accountId).collect(Collectors.toSet());
            Account kept = chosen.get();
            eligible.setAll(loaded.accounts().stream().filter(a -> !on.contains(a.id())).toList());
            chosen.set(kept != null && eligible.stream().anyMatch(a -> a.id() == kept.id()) ? kept : null);
        });
    }

    private TraineeRow row(Trainee trainee) {
        return new TraineeRow(trainee.accountId(), trainee.displayName(), trainee.login(),
                i18n.get("role." + trainee.role().name()),
                i18n.get(trainee.reference() ? "course.trainee.yes" : "course.trainee.no"));
    }

    /** Puts the chosen account on the course, as a reference rater when that is ticked. */
    public void add() {
        Campaign campaign = course.get();
        Account account = chosen.get();
        if (campaign == null || account == null) {
            status.failedWith(i18n.get("course.trainee.chooseFirst"));
            return;
        }
        boolean asReference = reference.get();
        status.run(() -> {
            training.addTrainee(campaign.id(), account.id(), asReference);
            return account;
        }, added -> {
            chosen.set(null);
            reference.set(false);
            status.succeeded(i18n.format("course.trainee.added", added.displayName()));
            refresh();
        });
    }

    /**
     * Makes a trainee account with a temporary password, to be changed at its first sign-in, and puts it on
     * the course; the message shows the password once, to hand over.
     */
    public void createTrainee() {
        Campaign campaign = course.get();
        if (campaign == null) {
            return;
        }
        String login = newLogin.get().strip();
        String name = newName.get().strip();
        String password = TemporaryPasswords.generate(random);
        status.run(() -> {
            Account made = accounts.createTrainee(login, name, password.toCharArray());
            training.addTrainee(campaign.id(), made.id(), false);
            return made;
        }, made -> {
            newLogin.set("");
            newName.set("");
            status.succeeded(i18n.format("course.trainee.made", made.displayName(), made.login(), password));
            refresh();
        });
    }

    public StringProperty newLoginProperty() {
        return newLogin;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public void remove(TraineeRow row) {
        Campaign campaign = course.get();
        if (campaign == null || row == null) {
            return;
        }
        status.run(() -> {
            training.removeTrainee(campaign.id(), row.accountId());
            return row;
        }, removed -> {
            status.succeeded(i18n.format("course.trainee.removed", removed.name()));
            refresh();
        });
    }

    public ObservableList<TraineeRow> trainees() {
        return trainees;
    }

    public ObservableList<Account> eligible() {
        return eligible;
    }

    public ObjectProperty<Account> chosenProperty() {
        return chosen;
    }

    public BooleanProperty referenceProperty() {
        return reference;
    }

    public ActionStatus status() {
        return status;
    }
}
