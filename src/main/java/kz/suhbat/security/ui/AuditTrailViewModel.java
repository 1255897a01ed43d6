package kz.suhbat.security.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.security.AuditService;
import kz.suhbat.audit.AuditVerification;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.ui.ErrorText;

/** The newest audit entries and the verdict of the chain check. */
public final class AuditTrailViewModel {

    static final int SHOWN = 500;

    private final AuditService audit;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty verdict = new SimpleStringProperty("");
    private final BooleanProperty broken = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public AuditTrailViewModel(AuditService audit, TaskExecutor executor, I18n i18n) {
        this.audit = audit;
        this.executor = executor;
        this.i18n = i18n;
    }

    public void reload() {
        busy.set(true);
        executor.run(() -> audit.newest(SHOWN), newest -> {
            busy.set(false);
            entries.setAll(newest);
        }, this::failed);
    }

    public void verify() {
        busy.set(true);
        executor.run(audit::verify, result -> {
            busy.set(false);
            show(result);
        }, this::failed);
    }

    private void show(AuditVerification result) {
        broken.set(!result.intact());
        verdict.set(TrailFindingsText.verdict(result, i18n));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        broken.set(true);
        verdict.set(ErrorText.of(failure, i18n));
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    public BooleanProperty brokenProperty() {
        return broken;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
