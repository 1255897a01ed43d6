package kz.suhbat.training.rehearsal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.training.rehearsal.RehearsalScope;

/**
 * The choices before a rehearsal: an active framework, one of its position profiles or a single
 * competency, how many questions, and the language the questions are read in.
 */
public final class RehearsalSetupViewModel {

    private final RubricService rubric;
    private final ActionStatus status;

    private final ObservableList<FrameworkSummary> frameworks = FXCollections.observableArrayList();
    private final ObjectProperty<FrameworkSummary> selectedFramework = new SimpleObjectProperty<>();
    private final ObjectProperty<Framework> framework = new SimpleObjectProperty<>();
    private final ObservableList<RehearsalScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<RehearsalScope> selectedScope = new SimpleObjectProperty<>();
    private final IntegerProperty questionCount = new SimpleIntegerProperty(1);
    private final ReadOnlyIntegerWrapper availableQuestions = new ReadOnlyIntegerWrapper(1);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    /** Whether the language of the questions still follows the window's, the person not having chosen one. */
    private boolean followsWindow = true;
    private boolean following;

    RehearsalSetupViewModel(RubricService rubric, ActionStatus status, Language language) {
        this.rubric = rubric;
        this.status = status;
        this.language.set(language);
        this.language.addListener((obs, old, chosen) -> followsWindow &= following);
        selectedFramework.addListener((obs, old, summary) -> load(summary));
        selectedScope.addListener((obs, old, scope) -> scopeChosen(scope));
    }

    /**
     * Reads the active frameworks again, keeping the one chosen while it is still active. A view shown anew
     * (after a language switch) may have let go of the choice when the list was replaced: it is chosen again.
     */
    public void refresh() {
        status.run(() -> rubric.list().stream().filter(f -> f.status() == FrameworkStatus.ACTIVE).toList(), list -> {
            FrameworkSummary chosen = selectedFramework.get();
            FrameworkSummary wanted = list.stream().filter(f -> chosen != null && f.id() == chosen.id()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (!frameworks.equals(list)) {
                frameworks.setAll(list);
            }
            if (!Objects.equals(selectedFramework.get(), wanted) || framework.get() == null && wanted != null) {
                selectedFramework.set(null);
                selectedFramework.set(wanted);
            }
            loaded.set(true);
        });
    }

    /** The window's language changed: the questions follow it until the person chooses their own. */
    void windowLanguage(Language now) {
        if (followsWindow) {
            following = true;
            language.set(now);
            following = false;
        }
    }

    private void load(FrameworkSummary summary) {
        if (summary == null) {
            framework.set(null);
            scopes.clear();
            return;
        }
        status.run(() -> rubric.load(summary.id()).orElse(null), loadedFramework -> {
            if (summary.equals(selectedFramework.get())) {
                framework.set(loadedFramework);
                scopes.setAll(scopesOf(loadedFramework));
                selectedScope.set(scopes.isEmpty() ? null : scopes.get(0));
            }
        });
    }

    /** The framework's position profiles, then each competency on its own; only those with questions. */
    static List<RehearsalScope> scopesOf(Framework framework) {
        List<RehearsalScope> all = new ArrayList<>();
        if (framework == null) {
            return all;
        }
        for (PositionProfile profile : framework.profiles()) {
            all.add(RehearsalScope.profile(framework, profile));
        }
        for (Competency competency : framework.competencies()) {
            all.add(RehearsalScope.competency(competency));
        }
        all.removeIf(scope -> scope.availableQuestions() == 0);
        return all;
    }

    /** A new scope starts with one question per competency. */
    private void scopeChosen(RehearsalScope scope) {
        int available = scope == null ? 1 : Math.max(1, scope.availableQuestions());
        availableQuestions.set(available);
        questionCount.set(scope == null ? 1 : Math.min(available, Math.max(1, scope.competencies().size())));
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

    public ObservableList<RehearsalScope> scopes() {
        return scopes;
    }

    public ObjectProperty<RehearsalScope> selectedScopeProperty() {
        return selectedScope;
    }

    public IntegerProperty questionCountProperty() {
        return questionCount;
    }

    /** The most questions the chosen scope can give. */
    public ReadOnlyIntegerProperty availableQuestionsProperty() {
        return availableQuestions.getReadOnlyProperty();
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** Whether the list of frameworks has been read (so an empty one means there is none active). */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** Whether a rehearsal can start: a framework is loaded and something to practise is chosen. */
    public boolean ready() {
        return framework.get() != null && selectedScope.get() != null;
    }
}
