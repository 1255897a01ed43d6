package kz.suhbat.rubric.ui;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Reordering;
import kz.suhbat.common.ui.SpreadsheetChoice;
import kz.suhbat.common.ui.ViewSubscriptions;

/** Edits a framework: general texts and scale, competencies with indicators and questions, profiles. */
public final class FrameworkEditorView {

    private final FrameworkEditorViewModel viewModel;
    private final I18n i18n;
    private final GeneralForm generalForm;
    private final CompetencyForm competencyForm;
    private final ProfileForm profileForm;

    @FXML private BorderPane frameworkEditor;
    @FXML private Label editorTitle;
    @FXML private Label editorBadge;
    @FXML private ProgressIndicator busy;
    @FXML private Button saveButton;
    @FXML private Label frozenNotice;
    @FXML private Label missingSummary;
    @FXML private Label message;
    @FXML private VBox problemsBox;
    @FXML private VBox generalBox;
    @FXML private javafx.scene.control.TabPane editorTabs;
    @FXML private ListView<CompetencyDraft> competencyList;
    @FXML private Button removeCompetency;
    @FXML private VBox competencyFormBox;
    @FXML private ListView<ProfileDraft> profileList;
    @FXML private Button removeProfile;
    @FXML private VBox profileFormBox;

    private final DialogService dialogs;

    public FrameworkEditorView(FrameworkEditorViewModel viewModel, I18n i18n, DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.generalForm = new GeneralForm(i18n);
        this.competencyForm = new CompetencyForm(i18n);
        this.profileForm = new ProfileForm(i18n);
    }

    @FXML
    private void initialize() {
        busy.visibleProperty().bind(viewModel.busyProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.draftProperty().isNull()));
        message.textProperty().bind(viewModel.messageProperty());
        frozenNotice.visibleProperty().bind(viewModel.frozenProperty());
        frozenNotice.managedProperty().bind(viewModel.frozenProperty());
        ViewSubscriptions subscriptions = new ViewSubscriptions(frameworkEditor);
        subscriptions.listen(viewModel.missingProperty(), (obs, old, counts) -> showMissing(counts));
        subscriptions.listen(viewModel.problems(), (javafx.collections.ListChangeListener<String>) change -> showProblems());
        subscriptions.listen(viewModel.draftProperty(), (obs, old, draft) -> show(draft));
        KeyCodeCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        frameworkEditor.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(saveKey);
            }
            if (scene != null) {
                scene.getAccelerators().put(saveKey, this::save);
            }
        });
        Reordering.install(competencyList, draft -> CompetencyForm.listText(i18n, draft));
        Reordering.install(profileList, draft -> draft.code.get() + "  " + i18n.text(draft.name.get()));
        competencyList.getSelectionModel().selectedItemProperty().addListener((obs, old, competency) ->
                competencyForm.build(competencyFormBox, viewModel.draftProperty().get(), competency));
        profileList.getSelectionModel().selectedItemProperty().addListener((obs, old, profile) ->
                profileForm.build(profileFormBox, viewModel.draftProperty().get(), profile));
        editorTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> rebuildForms());
        removeCompetency.disableProperty().bind(competencyList.getSelectionModel().selectedItemProperty().isNull());
        removeProfile.disableProperty().bind(profileList.getSelectionModel().selectedItemProperty().isNull());
        Timeline recheck = new Timeline(new KeyFrame(Duration.millis(600), event -> {
            viewModel.recheck();
            competencyList.refresh();
            profileList.refresh();
        }));
        recheck.setCycleCount(Timeline.INDEFINITE);
        recheck.play();
        frameworkEditor.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                recheck.stop();
            } else {
                recheck.play();
            }
        });
        show(viewModel.draftProperty().get());
        showMissing(viewModel.missingProperty().get());
        showProblems();
    }

    private void show(FrameworkDraft draft) {
        if (draft == null) {
            return;
        }
        boolean isNew = draft.code.get().isEmpty();
        editorTitle.setText(isNew ? i18n.get("rubric.editor.newTitle")
                : i18n.format("rubric.editor.title", i18n.text(draft.name.get())));
        editorBadge.setText(i18n.format("rubric.versionBadge", draft.version(),
                i18n.get("rubric.status." + draft.status().name())));
        frozenNotice.setText(i18n.get("rubric.editor.frozen"));
        generalForm.build(generalBox, draft, isNew);
        competencyList.setItems(draft.competencies);
        competencyList.getSelectionModel().selectFirst();
        profileList.setItems(draft.profiles);
        profileList.getSelectionModel().selectFirst();
        rebuildForms();
    }

    /** Builds the competency and profile forms again, e.g. after the scale or the competencies changed. */
    private void rebuildForms() {
        FrameworkDraft draft = viewModel.draftProperty().get();
        if (draft == null) {
            return;
        }
        competencyForm.build(competencyFormBox, draft, competencyList.getSelectionModel().getSelectedItem());
        profileForm.build(profileFormBox, draft, profileList.getSelectionModel().getSelectedItem());
    }

    private void showMissing(Map<Language, Long> counts) {
        if (counts == null || counts.isEmpty()) {
            missingSummary.setText("");
            return;
        }
        if (counts.values().stream().allMatch(count -> count == 0)) {
            missingSummary.setText(i18n.get("rubric.editor.noneMissing"));
            return;
        }
        String parts = counts.entrySet().stream()
                .map(entry -> entry.getKey().nativeName() + " " + entry.getValue())
                .collect(Collectors.joining(" · "));
        missingSummary.setText(i18n.format("rubric.editor.missing", parts));
    }

    private void showProblems() {
        problemsBox.getChildren().setAll(viewModel.problems().stream().map(problem -> {
            Label label = new Label("• " + problem);
            label.getStyleClass().add("error-text");
            label.setWrapText(true);
            return label;
        }).toList());
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void close() {
        if (!viewModel.hasUnsavedChanges()
                || dialogs.confirm(i18n.get("rubric.editor.close"), i18n.get("rubric.editor.discardChanges"))) {
            viewModel.close();
        }
    }

    @FXML
    private void addCompetency() {
        FrameworkDraft draft = viewModel.draftProperty().get();
        CompetencyDraft competency = new CompetencyDraft();
        draft.competencies.add(competency);
        competencyList.getSelectionModel().select(competency);
        competencyList.requestFocus();
    }

    @FXML
    private void removeCompetency() {
        viewModel.draftProperty().get().competencies.remove(competencyList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void importQuestions() {
        dialogs.chooseFileToOpen(i18n.get("rubric.file.importQuestions"), i18n.get("rubric.file.sheetKind"),
                "xlsx", "csv").ifPresent(sheet -> viewModel.importQuestions(sheet, this::report));
    }

    @FXML
    private void saveTemplate() {
        new SpreadsheetChoice(i18n).choose(dialogs, i18n.get("rubric.file.templateTitle"), "suhbat-questions.xlsx")
                .ifPresent(target -> viewModel.writeTemplate(target, this::report));
    }

    private void report(FileReport report) {
        if (report.ok()) {
            viewModel.messageProperty().set(report.message());
            rebuildForms();
        } else {
            dialogs.showError(i18n.get("rubric.file.problemTitle"), report.text());
        }
    }

    @FXML
    private void addProfile() {
        FrameworkDraft draft = viewModel.draftProperty().get();
        ProfileDraft profile = new ProfileDraft();
        draft.profiles.add(profile);
        profileList.getSelectionModel().select(profile);
    }

    @FXML
    private void removeProfile() {
        viewModel.draftProperty().get().profiles.remove(profileList.getSelectionModel().getSelectedItem());
    }
}
