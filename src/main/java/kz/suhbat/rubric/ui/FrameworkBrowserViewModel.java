package kz.suhbat.rubric.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.rubric.file.RubricFiles;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.Question;

/**
 * State of the framework browser: the frameworks on this computer, the one shown, its competencies
 * (filtered by a search text in the current language) and the competency selected.
 */
public final class FrameworkBrowserViewModel {

    private final RubricService rubric;
    private final TaskExecutor executor;
    private final I18n i18n;

    private final ObservableList<FrameworkSummary> frameworks = FXCollections.observableArrayList();
    private final ObjectProperty<FrameworkSummary> selectedFramework = new SimpleObjectProperty<>();
    private final ObjectProperty<Framework> framework = new SimpleObjectProperty<>();
    private final ObservableList<Competency> competencies = FXCollections.observableArrayList();
    private final FilteredList<Competency> visibleCompetencies = new FilteredList<>(competencies);
    private final ObjectProperty<Competency> selectedCompetency = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    private final FrameworkEditorViewModel editor;
    private final RubricFiles files = new RubricFiles();
    private final StringProperty actionMessage = new SimpleStringProperty("");
    private boolean editable = true;

    public FrameworkBrowserViewModel(RubricService rubric, FrameworkEditorViewModel editor, TaskExecutor executor,
                                     I18n i18n) {
        this.rubric = rubric;
        this.editor = editor;
        this.executor = executor;
        this.i18n = i18n;
        editor.setOnClosed(this::refresh);
        selectedFramework.addListener((obs, old, summary) -> loadFramework(summary));
        filter.addListener((obs, old, text) -> applyFilter());
        i18n.onLanguageChange(language -> applyFilter());
    }

    /** Whether the signed-in account may change frameworks; when not, the browser only shows and exports. */
    public boolean editable() {
        return editable;
    }

    public void setEditable(boolean editable) {
        this.editable = editable;
    }

    /** Reads the list of frameworks again and shows the first one if none is shown yet. */
    public void refresh() {
        FrameworkSummary shown = selectedFramework.get();
        refresh(shown == null ? -1 : shown.id());
    }

    /** Reads the list of frameworks again and shows the one with {@code id} (or the first). */
    public void refresh(long id) {
        loading.set(true);
        executor.run(rubric::list, list -> {
            frameworks.setAll(list);
            FrameworkSummary wanted = list.stream().filter(f -> f.id() == id).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (selectedFramework.get() != null && selectedFramework.get().equals(wanted)) {
                loadFramework(wanted);
            } else {
                selectedFramework.set(wanted);
            }
            loading.set(false);
        }, this::fail);
    }

    public void newFramework() {
        actionMessage.set("");
        editor.openNew();
    }

    public void edit() {
        selected().ifPresent(summary -> {
            actionMessage.set("");
            editor.open(summary.id());
        });
    }

    /** Copies the shown framework under {@code newCode} as a new draft, and shows the copy. */
    public void copy(String newCode) {
        selected().ifPresent(summary -> act(() -> rubric.copy(summary.id(), newCode.trim()), "rubric.action.copied"));
    }

    public void activate() {
        selected().ifPresent(summary -> act(() -> {
            rubric.activate(summary.id());
            return summary.id();
        }, "rubric.action.activated"));
    }

    public void retire() {
        selected().ifPresent(summary -> act(() -> {
            rubric.retire(summary.id());
            return summary.id();
        }, "rubric.action.retired"));
    }

    public void delete() {
        selected().ifPresent(summary -> act(() -> {
            rubric.delete(summary.id());
            return -1L;
        }, "rubric.action.deleted"));
    }

    private void act(java.util.concurrent.Callable<Long> action, String doneKey) {
        loading.set(true);
        executor.run(action, id -> {
            actionMessage.set(i18n.get(doneKey));
            refresh(id);
        }, error -> {
            loading.set(false);
            actionMessage.set(RubricErrors.describe(i18n, error, "rubric.loadFailed"));
        });
    }

    /** The version just before the shown one, when there is one on this computer. */
    public Optional<FrameworkSummary> previousVersion() {
        return selected().flatMap(shown -> frameworks.stream()
                .filter(f -> f.code().equals(shown.code()) && f.version() < shown.version())
                .max(java.util.Comparator.comparingInt(FrameworkSummary::version)));
    }

    /** Compares the shown version with the one before it and hands the differences to {@code show}. */
    public void compareWithPrevious(java.util.function.Consumer<java.util.List<kz.suhbat.rubric.Difference>> show) {
        Optional<FrameworkSummary> previous = previousVersion();
        Optional<FrameworkSummary> shown = selected();
        if (previous.isEmpty() || shown.isEmpty()) {
            return;
        }
        loading.set(true);
        executor.run(() -> rubric.compare(previous.get().id(), shown.get().id()), differences -> {
            loading.set(false);
            show.accept(differences);
        }, this::fail);
    }

    /** Writes the shown version to a rubric file (for the central office to hand to regional offices). */
    public void exportTo(Path target, Consumer<FileReport> report) {
        selected().ifPresent(summary -> {
            loading.set(true);
            executor.run(() -> {
                Framework framework = rubric.load(summary.id()).orElseThrow();
                try {
                    files.export(framework, target);
                    return FileReport.done(i18n.format("rubric.file.exported", framework.code(), framework.version(),
                            target.toAbsolutePath()));
                } catch (RubricFileException e) {
                    return FileReport.refused(i18n.format("rubricfile.cli.exportNotImportable", framework.code(),
                            framework.version()), describe(e));
                } catch (IOException e) {
                    return FileReport.refused(i18n.format("rubricfile.cli.cannotWrite", target.toAbsolutePath(),
                            e.getMessage()), List.of());
                }
            }, done -> {
                loading.set(false);
                report.accept(done);
            }, this::fail);
        });
    }

    /** Reads a rubric file and stores its framework; a file with any problem stores nothing. */
    public void importFrom(Path file, Consumer<FileReport> report) {
        loading.set(true);
        executor.run(() -> {
            Framework framework;
            try {
                framework = files.read(file);
            } catch (RubricFileException e) {
                return new Imported(-1, FileReport.refused(i18n.format("rubricfile.cli.nothingImported",
                        e.problems().size()), describe(e)));
            } catch (IOException e) {
                return new Imported(-1, FileReport.refused(i18n.format("rubricfile.cli.cannotRead",
                        file.toAbsolutePath(), e.getMessage()), List.of()));
            }
            RubricService.ImportResult result = rubric.importFramework(framework);
            String key = switch (result.outcome()) {
                case IMPORTED -> "rubricfile.cli.imported";
                case ALREADY_PRESENT -> "rubricfile.cli.alreadyPresent";
                case CONFLICT -> "rubricfile.cli.conflict";
            };
            String message = i18n.format(key, framework.code(), framework.version());
            return result.outcome() == RubricService.ImportResult.Outcome.CONFLICT
                    ? new Imported(-1, FileReport.refused(message, List.of()))
                    : new Imported(result.id(), FileReport.done(message));
        }, imported -> {
            loading.set(false);
            if (imported.id() >= 0) {
                refresh(imported.id());
            }
            report.accept(imported.report());
        }, this::fail);
    }

    private record Imported(long id, FileReport report) {
    }

    private List<String> describe(RubricFileException refused) {
        return refused.problems().stream().map(problem -> problem.describe(i18n)).toList();
    }

    public Optional<FrameworkSummary> selected() {
        return Optional.ofNullable(selectedFramework.get());
    }

    public StringProperty actionMessageProperty() {
        return actionMessage;
    }

    public FrameworkEditorViewModel editor() {
        return editor;
    }

    private void loadFramework(FrameworkSummary summary) {
        if (summary == null) {
            framework.set(null);
            competencies.clear();
            return;
        }
        loading.set(true);
        executor.run(() -> rubric.load(summary.id()), loaded -> {
            framework.set(loaded.orElse(null));
            competencies.setAll(loaded.map(Framework::competencies).orElse(java.util.List.of()));
            Optional<Competency> first = competencies.stream().findFirst();
            selectedCompetency.set(first.orElse(null));
            loading.set(false);
        }, this::fail);
    }

    private void fail(Throwable error) {
        loading.set(false);
        failure.set(error);
    }

    private void applyFilter() {
        String wanted = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        Language language = i18n.language();
        visibleCompetencies.setPredicate(wanted.isEmpty() ? null : competency -> matches(competency, wanted, language));
    }

    static boolean matches(Competency competency, String wanted, Language language) {
        Stream<LocalizedText> texts = Stream.concat(
                Stream.of(competency.name(), competency.definition()),
                competency.questions().stream().flatMap(FrameworkBrowserViewModel::questionTexts));
        return competency.code().toLowerCase(Locale.ROOT).contains(wanted)
                || texts.anyMatch(text -> text.in(language).toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static Stream<LocalizedText> questionTexts(Question question) {
        return Stream.concat(Stream.of(question.text()), question.probes().stream());
    }

    public ObservableList<FrameworkSummary> frameworks() {
        return frameworks;
    }

    public ObjectProperty<FrameworkSummary> selectedFrameworkProperty() {
        return selectedFramework;
    }

    public ObjectProperty<Framework> frameworkProperty() {
        return framework;
    }

    public ObservableList<Competency> visibleCompetencies() {
        return visibleCompetencies;
    }

    public ObjectProperty<Competency> selectedCompetencyProperty() {
        return selectedCompetency;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Throwable> failureProperty() {
        return failure;
    }
}
