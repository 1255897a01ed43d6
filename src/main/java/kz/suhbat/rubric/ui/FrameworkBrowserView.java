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
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkSummary;

/** Browses a competency framework: competencies with indicators and questions, profiles, the scale. */
public final class FrameworkBrowserView {

    private final FrameworkBrowserViewModel viewModel;
    private final I18n i18n;
    private final RubricNodes nodes;

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

    public FrameworkBrowserView(FrameworkBrowserViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
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
        viewModel.selectedCompetencyProperty().addListener((obs, old, competency) -> showCompetency(competency));
        viewModel.frameworkProperty().addListener((obs, old, framework) -> showFramework(framework));

        loading.visibleProperty().bind(viewModel.loadingProperty());
        viewModel.failureProperty().addListener((obs, old, error) -> showFailure(error));
        showFailure(viewModel.failureProperty().get());
        showFramework(viewModel.frameworkProperty().get());
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
