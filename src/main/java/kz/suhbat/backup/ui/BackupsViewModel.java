package kz.suhbat.backup.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.backup.BackupException;
import kz.suhbat.backup.BackupInfo;
import kz.suhbat.backup.BackupService;
import kz.suhbat.backup.RestoreReport;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.ui.ErrorText;

/**
 * The backups in the backup folder; making one now, here or also on a removable drive (read back and checked
 * there); restoring one, from the list or from a file on a drive, into a new data folder, checked.
 */
public final class BackupsViewModel {

    private final BackupService backups;
    private final I18n i18n;
    private final ObservableList<BackupInfo> list = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private final StringProperty folder = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty keptByServer = new javafx.beans.property.SimpleBooleanProperty();
    private final ActionStatus status;

    public BackupsViewModel(BackupService backups, TaskExecutor executor, I18n i18n) {
        this.backups = backups;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> describe(failure, i18n));
    }

    public void refresh() {
        status.run(() -> backups.keptByServer() ? new Listing(null, java.util.List.of(), true)
                : new Listing(backups.folder(), backups.list(), false), listing -> {
            keptByServer.set(listing.keptByServer());
            folder.set(listing.keptByServer() ? i18n.get("backup.error.KEPT_BY_SERVER")
                    : i18n.format("backup.folder", listing.folder()));
            list.setAll(listing.backups());
        });
    }

    /** Whether the office's data is on a server, whose own backups keep it: this screen makes none. */
    public javafx.beans.property.ReadOnlyBooleanProperty keptByServerProperty() {
        return keptByServer;
    }

    public void backupNow() {
        status.run(backups::backupNow, made -> {
            status.succeeded(i18n.format("backup.made", made.file().getFileName()));
            refresh();
        });
    }

    /**
     * Makes a backup and copies it into {@code drive} (a USB stick, say), showing progress; says the drive can
     * be removed only once the copy there has been read back and found the same.
     */
    public void backupToDrive(Path drive) {
        status.clear();
        status.runWithProgress(progress -> {
            try {
                return new DriveOutcome(backups.backupToDrive(drive, progress), null);
            } catch (BackupException refused) {
                return new DriveOutcome(null, refused);
            }
        }, outcome -> {
            refresh();
            if (outcome.refused() != null) {
                status.failed(outcome.refused());
            } else {
                status.succeeded(i18n.format("backup.onDrive", outcome.copied().file().getFileName(),
                        outcome.copied().file().getParent()));
            }
        });
    }

    /** A backup copied to a drive, or why not; the list is looked at again either way (the backup here is kept). */
    private record DriveOutcome(BackupInfo copied, BackupException refused) {
    }

    /** Restores the selected backup into {@code target}, which must be empty. */
    public void restore(Path target) {
        BackupInfo backup = selected.get();
        if (backup != null) {
            restoreFrom(backup.file(), target);
        }
    }

    /** Restores the backup {@code file} (on a drive, say) into {@code target}, which must be empty. */
    public void restoreFrom(Path file, Path target) {
        status.clear();
        status.runWithProgress(progress -> backups.restore(file, target, progress), this::report);
    }

    private void report(RestoreReport report) {
        if (report.intact()) {
            status.succeeded(i18n.format("backup.restored", report.folder(), report.tables().size(), report.rows()));
            return;
        }
        StringBuilder text = new StringBuilder(i18n.format("backup.restoreMismatch", report.folder()));
        report.tables().stream().filter(t -> !t.matches()).forEach(t -> text.append('\n').append(
                i18n.format("backup.tableMismatch", t.table(), t.expectedRows(), t.restoredRows())));
        status.failedWith(text.toString());
    }

    private static String describe(Throwable failure, I18n i18n) {
        return failure instanceof BackupException refused ? i18n.get("backup.error." + refused.reason().name())
                : ErrorText.of(failure, i18n);
    }

    private record Listing(Path folder, java.util.List<BackupInfo> backups, boolean keptByServer) {
    }

    public ObservableList<BackupInfo> backups() {
        return list;
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ActionStatus status() {
        return status;
    }
}
