package kz.suhbat.rubric.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import java.nio.file.Path;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.sheet.SheetTarget;
import kz.suhbat.common.sheet.SheetType;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.file.QuestionSheetReader;
import kz.suhbat.rubric.file.QuestionSheetTemplate;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.rubric.file.SheetFormat;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkRules;
import kz.suhbat.rubric.RubricException;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.rubric.RuleViolation;

/**
 * The framework being edited. It outlives the editor's view, so a language switch keeps unsaved work.
 * Saving a version that has been used stores a new version and leaves the used one unchanged.
 */
public final class FrameworkEditorViewModel {

    private final RubricService rubric;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final QuestionSheetReader sheets = new QuestionSheetReader();

    private final ObjectProperty<FrameworkDraft> draft = new SimpleObjectProperty<>();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final BooleanProperty frozen = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Map<Language, Long>> missing = new SimpleObjectProperty<>(Map.of());
    private Optional<Long> editedId = Optional.empty();
    private Optional<Framework> saved = Optional.empty();
    private Consumer<Long> onClosed = id -> { };

    public FrameworkEditorViewModel(RubricService rubric, TaskExecutor executor, I18n i18n) {
        this.rubric = rubric;
        this.executor = executor;
        this.i18n = i18n;
    }

    /** Called with the id of the framework last saved (or -1) when the editor closes. */
    public void setOnClosed(Consumer<Long> onClosed) {
        this.onClosed = onClosed;
    }

    public void openNew() {
        editedId = Optional.empty();
        frozen.set(false);
        show(FrameworkDraft.empty());
    }

    public void open(long id) {
        busy.set(true);
        executor.run(() -> new Loaded(rubric.load(id).orElseThrow(
                () -> new RubricException(RubricException.Reason.NOT_FOUND, Long.toString(id))), rubric.isFrozen(id)),
                loaded -> {
                    busy.set(false);
                    editedId = Optional.of(id);
                    frozen.set(loaded.frozen());
                    show(FrameworkDraft.of(loaded.framework()));
                }, this::fail);
    }

    private record Loaded(Framework framework, boolean frozen) {
    }

    private void show(FrameworkDraft opened) {
        saved = snapshot(opened);
        problems.clear();
        message.set("");
        draft.set(opened);
        editing.set(true);
        recheck();
    }

    /** Recounts missing translations and checks the rules; cheap enough to run as the user types. */
    public void recheck() {
        FrameworkDraft current = draft.get();
        if (current == null) {
            return;
        }
        List<String> found = new ArrayList<>();
        try {
            Framework framework = current.toFramework();
            Map<Language, Long> counts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                counts.put(language, framework.missingTranslations(language));
            }
            missing.set(counts);
            for (RuleViolation violation : FrameworkRules.check(framework)) {
                found.add(i18n.format(violation.key(), violation.args().toArray()));
            }
        } catch (IllegalArgumentException e) {
            found.add(i18n.format("rubric.editor.invalid", e.getMessage()));
        }
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
    }

    public void save() {
        if (draft.get() == null) {
            return;
        }
        recheck();
        if (!problems.isEmpty()) {
            message.set(i18n.get("rubric.editor.fixFirst"));
            return;
        }
        Framework framework = draft.get().toFramework();
        busy.set(true);
        executor.run(() -> editedId.isPresent()
                        ? rubric.save(editedId.get(), framework)
                        : new RubricService.SaveResult(rubric.create(framework), 1, false),
                result -> {
                    busy.set(false);
                    editedId = Optional.of(result.id());
                    frozen.set(false);
                    message.set(result.newVersion()
                            ? i18n.format("rubric.editor.savedNewVersion", result.version())
                            : i18n.get("rubric.editor.saved"));
                    reloadAfterSave(result.id());
                }, this::fail);
    }

    private void reloadAfterSave(long id) {
        String savedMessage = message.get();
        executor.run(() -> rubric.load(id).orElseThrow(), framework -> {
            FrameworkDraft reloaded = FrameworkDraft.of(framework);
            saved = snapshot(reloaded);
            draft.set(reloaded);
            recheck();
            message.set(savedMessage);
        }, this::fail);
    }

    /**
     * Reads a question bank sheet (XLSX or CSV) and adds its questions to the competencies they name;
     * a sheet with any problem adds nothing. The questions are part of the draft until it is saved.
     */
    public void importQuestions(Path sheet, Consumer<FileReport> report) {
        FrameworkDraft current = draft.get();
        Framework framework;
        try {
            framework = current.toFramework();
        } catch (IllegalArgumentException e) {
            report.accept(FileReport.refused(i18n.format("rubric.editor.invalid", e.getMessage()), List.of()));
            return;
        }
        busy.set(true);
        executor.run(() -> sheets.read(sheet, framework), questions -> {
            busy.set(false);
            int added = 0;
            for (CompetencyDraft competency : current.competencies) {
                List<Question> imported = questions.getOrDefault(competency.code.get().trim(), List.of());
                imported.forEach(question -> competency.questions.add(QuestionDraft.of(question)));
                added += imported.size();
            }
            report.accept(FileReport.done(i18n.format("rubric.file.questionsAdded", added, questions.size())));
            recheck();
        }, error -> {
            busy.set(false);
            if (error instanceof RubricFileException refused) {
                report.accept(FileReport.refused(i18n.format("rubricfile.cli.nothingImported",
                        refused.problems().size()), refused.problems().stream()
                        .map(problem -> problem.describe(i18n)).toList()));
            } else {
                report.accept(FileReport.refused(i18n.format("rubricfile.cli.cannotRead", sheet.toAbsolutePath(),
                        String.valueOf(error.getMessage())), List.of()));
            }
        });
    }

    /** Writes the question bank template (XLSX, or CSV with the chosen separator) for administrators to fill. */
    public void writeTemplate(SheetTarget chosen, Consumer<FileReport> report) {
        Path target = chosen.file();
        SheetFormat format = chosen.type() == SheetType.CSV ? SheetFormat.CSV : SheetFormat.XLSX;
        executor.run(() -> {
            AtomicFiles.write(target, stream -> new QuestionSheetTemplate().write(format, chosen.separator(),
                    stream));
            return FileReport.done(i18n.format("rubricfile.cli.templateWritten", target.toAbsolutePath()));
        }, report, error -> report.accept(FileReport.refused(i18n.format("rubricfile.cli.cannotWrite",
                target.toAbsolutePath(), String.valueOf(error.getMessage())), List.of())));
    }

    /** Whether the draft differs from what was last opened or saved. */
    public boolean hasUnsavedChanges() {
        FrameworkDraft current = draft.get();
        return current != null && !snapshot(current).equals(saved);
    }

    private static Optional<Framework> snapshot(FrameworkDraft draft) {
        try {
            return Optional.of(draft.toFramework());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void close() {
        editing.set(false);
        draft.set(null);
        onClosed.accept(editedId.orElse(-1L));
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set(RubricErrors.describe(i18n, error, "rubric.editor.saveFailed"));
    }

    public ReadOnlyObjectProperty<FrameworkDraft> draftProperty() {
        return draft;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyBooleanProperty frozenProperty() {
        return frozen;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Map<Language, Long>> missingProperty() {
        return missing;
    }
}
