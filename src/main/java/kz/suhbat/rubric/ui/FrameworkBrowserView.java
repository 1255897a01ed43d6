package kz.suhbat.rubric.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkSummary;

/** Browses a competency framework: competencies with indicators and questions, profiles, the scale. */
public final class FrameworkBrowserView {

    private final FrameworkBrowserViewModel viewModel;
    private final I18n i18n;
    private final RubricNodes nodes;

    @FXML private BorderPane frameworkBrowser;
    @FXML private Label title;
    @FXML private Label versionBadge;
    @FXML private Label description;
    @FXML private Label failure;
    @FXML private ProgressIndicator loading;
    @FXML private HBox frameworkChooser;
    @FXML private ComboBox<FrameworkSummary> frameworkBox;
    @FXML private TextField filter;
    @FXML private ListView<Competency> competencyList;
    @FXML private Label competencyName;
    @FXML private Label competencyDefinition;
    @FXML private VBox indicatorsBox;
    @FXML private VBox questionsBox;
    @FXML private VBox profilesBox;
    @FXML private VBox scaleBox;

    private final ViewLoader viewLoader;
    private final DialogService dialogs;

    @FXML private StackPane browserStack;
    @FXML private Button editButton;
    @FXML private Button copyButton;
    @FXML private Button exportButton;
    @FXML private MenuItem activateItem;
    @FXML private MenuItem retireItem;
    @FXML private MenuItem deleteItem;
    @FXML private Button compareButton;
    @FXML private Label actionMessage;
    @FXML private Button newButton;
    @FXML private Button importButton;
    @FXML private javafx.scene.control.MenuButton moreButton;

    public FrameworkBrowserView(FrameworkBrowserViewModel viewModel, I18n i18n, ViewLoader viewLoader,
                                DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.viewLoader = viewLoader;
        this.dialogs = dialogs;
        this.nodes = new RubricNodes(i18n);
    }

    @FXML
    private void initialize() {
        frameworkBox.setItems(viewModel.frameworks());
        frameworkBox.setCellFactory(list -> new SummaryCell());
        frameworkBox.setButtonCell(new SummaryCell());
        frameworkBox.valueProperty().bindBidirectional(viewModel.selectedFrameworkProperty());
        BooleanBinding severalFrameworks = Bindings.size(viewModel.frameworks()).greaterThan(1);
        frameworkChooser.visibleProperty().bind(severalFrameworks);
        frameworkChooser.managedProperty().bind(severalFrameworks);

        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        competencyList.setItems(viewModel.visibleCompetencies());
        competencyList.setCellFactory(list -> new CompetencyCell());
        competencyList.getSelectionModel().selectedItemProperty().addListener((obs, old, competency) -> {
            if (competency != null) {
                viewModel.selectedCompetencyProperty().set(competency);
            }
        });
        ViewSubscriptions subscriptions = new ViewSubscriptions(browserStack);
        subscriptions.listen(viewModel.selectedCompetencyProperty(),
                (obs, old, competency) -> showCompetency(competency));
        subscriptions.listen(viewModel.frameworkProperty(), (obs, old, framework) -> showFramework(framework));

        loading.visibleProperty().bind(viewModel.loadingProperty());
        subscriptions.listen(viewModel.failureProperty(), (obs, old, error) -> showFailure(error));
        showFailure(viewModel.failureProperty().get());
        showFramework(viewModel.frameworkProperty().get());

        actionMessage.textProperty().bind(viewModel.actionMessageProperty());
        subscriptions.listen(viewModel.selectedFrameworkProperty(), (obs, old, summary) -> enableActions(summary));
        enableActions(viewModel.selectedFrameworkProperty().get());
        for (javafx.scene.Node change : java.util.List.of(newButton, editButton, copyButton, importButton, moreButton)) {
            change.setVisible(viewModel.editable());
            change.setManaged(viewModel.editable());
        }
        subscriptions.listen(viewModel.editor().editingProperty(), (obs, old, editing) -> showEditor(editing));
        showEditor(viewModel.editor().editingProperty().get());
    }

    private void enableActions(FrameworkSummary summary) {
        boolean none = summary == null;
        editButton.setDisable(none || summary.status() == FrameworkStatus.RETIRED);
        copyButton.setDisable(none);
        exportButton.setDisable(none);
        activateItem.setDisable(none || summary.status() == FrameworkStatus.ACTIVE);
        retireItem.setDisable(none || summary.status() == FrameworkStatus.RETIRED);
        deleteItem.setDisable(none || summary.used());
        compareButton.setDisable(viewModel.previousVersion().isEmpty());
    }

    private void showEditor(boolean editing) {
        browserStack.getChildren().removeIf(node -> node != frameworkBrowser);
        frameworkBrowser.setVisible(!editing);
        if (editing) {
            browserStack.getChildren().add(viewLoader.load(FrameworkEditorView.class).root());
        }
    }

    @FXML
    private void newFramework() {
        viewModel.newFramework();
    }

    @FXML
    private void edit() {
        viewModel.edit();
    }

    @FXML
    private void copy() {
        viewModel.selected().flatMap(summary -> dialogs.askText(i18n.get("rubric.action.copy"),
                i18n.get("rubric.action.copyCode"), summary.code() + "-2")).ifPresent(viewModel::copy);
    }

    @FXML
    private void compare() {
        viewModel.selected().ifPresent(shown -> viewModel.compareWithPrevious(differences ->
                new DifferencesDialog(i18n).show(browserStack.getScene().getWindow(),
                        i18n.format("rubric.diff.title", i18n.text(shown.name()), shown.version() - 1,
                                shown.version()), differences)));
    }

    @FXML
    private void exportFramework() {
        viewModel.selected().flatMap(summary -> dialogs.chooseFileToSave(i18n.get("rubric.file.exportTitle"),
                summary.code() + "-v" + summary.version() + ".json", i18n.get("rubric.file.kind"), "json"))
                .ifPresent(target -> viewModel.exportTo(target, this::report));
    }

    @FXML
    private void importFramework() {
        dialogs.chooseFileToOpen(i18n.get("rubric.file.importTitle"), i18n.get("rubric.file.kind"), "json")
                .ifPresent(file -> viewModel.importFrom(file, this::report));
    }

    private void report(FileReport report) {
        if (report.ok()) {
            viewModel.actionMessageProperty().set(report.message());
        } else {
            dialogs.showError(i18n.get("rubric.file.problemTitle"), report.text());
        }
    }

    @FXML
    private void activate() {
        viewModel.activate();
    }

    @FXML
    private void retire() {
        if (dialogs.confirm(i18n.get("rubric.action.retire"), i18n.get("rubric.action.retireConfirm"))) {
            viewModel.retire();
        }
    }

    @FXML
    private void delete() {
        if (dialogs.confirm(i18n.get("rubric.action.delete"), i18n.get("rubric.action.deleteConfirm"))) {
            viewModel.delete();
        }
    }

    private void showFramework(Framework framework) {
        if (framework == null) {
            title.setText(i18n.get("rubric.noFramework"));
            versionBadge.setText("");
            description.setText("");
            profilesBox.getChildren().clear();
            scaleBox.getChildren().clear();
            showCompetency(null);
            return;
        }
        title.setText(i18n.text(framework.name()));
        versionBadge.setText(i18n.format("rubric.versionBadge", framework.version(),
                i18n.get("rubric.status." + framework.status().name())));
        description.setText(i18n.text(framework.description()));
        profilesBox.getChildren().setAll(nodes.profiles(framework));
        scaleBox.getChildren().setAll(nodes.scale(framework.scale()));
        showCompetency(viewModel.selectedCompetencyProperty().get());
    }

    private void showCompetency(Competency competency) {
        if (competency == null) {
            competencyName.setText("");
            competencyDefinition.setText("");
            indicatorsBox.getChildren().clear();
            questionsBox.getChildren().clear();
            return;
        }
        if (competencyList.getSelectionModel().getSelectedItem() != competency) {
            competencyList.getSelectionModel().select(competency);
        }
        Framework framework = viewModel.frameworkProperty().get();
        competencyName.setText(competency.code() + " · " + i18n.text(competency.name()));
        competencyDefinition.setText(i18n.text(competency.definition()));
        if (framework != null) {
            indicatorsBox.getChildren().setAll(nodes.indicators(competency, framework.scale()));
        }
        questionsBox.getChildren().setAll(nodes.questions(competency));
    }

    private void showFailure(Throwable error) {
        boolean failed = error != null;
        failure.setVisible(failed);
        failure.setManaged(failed);
        if (failed) {
            failure.setText(i18n.format("rubric.loadFailed", String.valueOf(error.getMessage())));
        }
    }

    private final class SummaryCell extends ListCell<FrameworkSummary> {
        @Override
        protected void updateItem(FrameworkSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            setText(empty || summary == null ? null
                    : i18n.format("rubric.frameworkChoice", i18n.text(summary.name()), summary.version()));
        }
    }

    private final class CompetencyCell extends ListCell<Competency> {
        @Override
        protected void updateItem(Competency competency, boolean empty) {
            super.updateItem(competency, empty);
            setText(empty || competency == null ? null : competency.code() + "  " + i18n.text(competency.name()));
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
