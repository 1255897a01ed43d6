package kz.suhbat.security.ui;

import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeService;
import kz.suhbat.security.Region;

/** The office's details and security settings, as the administrator edits them. */
public final class OfficeSettingsViewModel {

    private final OfficeService offices;
    private final I18n i18n;
    private final Consumer<Office> onSaved;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final IntegerProperty lockMinutes = new SimpleIntegerProperty(Office.DEFAULT_LOCK_MINUTES);
    private final IntegerProperty backupHours = new SimpleIntegerProperty(Office.DEFAULT_BACKUP_HOURS);
    private final IntegerProperty backupsKept = new SimpleIntegerProperty(Office.DEFAULT_BACKUPS_KEPT);
    private final ActionStatus status;

    /** {@code onSaved} hears of every saved change (the idle lock follows the new time at once). */
    public OfficeSettingsViewModel(OfficeService offices, TaskExecutor executor, I18n i18n, Consumer<Office> onSaved) {
        this.offices = offices;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> ErrorText.of(failure, i18n));
        this.onSaved = onSaved;
    }

    public void load() {
        status.run(offices::office, this::show);
    }

    public void save() {
        Office changed;
        try {
            changed = new Office(name.get(), code.get().strip(), region.get(), lockMinutes.get(), backupHours.get(),
                    backupsKept.get());
        } catch (RuntimeException e) {
            status.failed(e);
            return;
        }
        status.run(() -> {
            offices.update(changed);
            return changed;
        }, saved -> {
            status.succeeded(i18n.get("office.saved"));
            onSaved.accept(saved);
        });
    }

    private void show(Office office) {
        name.set(office.name());
        code.set(office.code());
        region.set(office.region());
        lockMinutes.set(office.lockAfterMinutes());
        backupHours.set(office.backupEveryHours());
        backupsKept.set(office.backupsKept());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public IntegerProperty lockMinutesProperty() {
        return lockMinutes;
    }

    public IntegerProperty backupHoursProperty() {
        return backupHours;
    }

    public IntegerProperty backupsKeptProperty() {
        return backupsKept;
    }

    public ActionStatus status() {
        return status;
    }
}
