package kz.suhbat.training.rehearsal.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.training.rehearsal.RehearsalSummary;
import kz.suhbat.training.rehearsal.RehearsalSummaryPdf;
import kz.suhbat.training.rehearsal.SummaryText;

/**
 * The summary at the end of a rehearsal, and its saving as a PDF only when the person asks for it, to the
 * file they choose, with their name only if they type one (the field starts empty for every summary).
 */
public final class RehearsalSummaryViewModel {

    private final I18n i18n;
    private final ActionStatus status;
    private final ObjectProperty<RehearsalSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");

    RehearsalSummaryViewModel(TaskExecutor executor, I18n i18n) {
        this.i18n = i18n;
        this.status = new ActionStatus(executor,
                failure -> i18n.format("rehearsal.saveFailed", String.valueOf(failure.getMessage())));
        i18n.onLanguageChange(language -> status.clear());
    }

    void show(RehearsalSummary shown) {
        name.set("");
        status.clear();
        summary.set(shown);
    }

    void clear() {
        show(null);
    }

    /** The summary's sentences with this screen's words around the framework's texts. */
    public SummaryText text() {
        RehearsalSummary shown = summary.get();
        return new SummaryText(i18n, shown == null ? i18n.language() : shown.language());
    }

    /** Writes the summary as a PDF to {@code target}, away from the window; readable by its owner only. */
    public void save(Path target) {
        RehearsalSummary shown = summary.get();
        if (shown == null) {
            return;
        }
        String printedName = name.get();
        status.run(() -> {
            AtomicFiles.writeOwnerOnly(target, out -> new RehearsalSummaryPdf(shown).write(printedName, out));
            return target;
        }, saved -> status.succeeded(i18n.format("rehearsal.saved", saved)));
    }

    /** A file name to offer: the day of the rehearsal, and no name. */
    public String suggestedFileName() {
        RehearsalSummary shown = summary.get();
        return "rehearsal-" + (shown == null ? "" : shown.date()) + ".pdf";
    }

    public ObjectProperty<RehearsalSummary> summaryProperty() {
        return summary;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ActionStatus status() {
        return status;
    }
}
