package kz.suhbat.training.ui.course;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;

/** The Courses page: the course chosen, its rule, and its trainees, exercises and results in tabs. */
public final class CourseView {

    private final CourseViewModel viewModel;
    private final CourseResultsViewModel results;
    private final I18n i18n;

    @FXML private BorderPane coursePage;
    @FXML private ProgressIndicator busy;
    @FXML private ComboBox<Campaign> courseBox;
    @FXML private Label message;
    @FXML private TabPane courseTabs;
    @FXML private Tab resultsTab;
    @FXML private TextField distanceField;
    @FXML private TextField exercisesField;
    @FXML private Label ruleInWords;
    @FXML private Button saveRuleButton;

    public CourseView(CourseViewModel viewModel, CourseResultsViewModel results, I18n i18n) {
        this.viewModel = viewModel;
        this.results = results;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(coursePage);
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        courseBox.setItems(viewModel.courses());
        courseBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Campaign campaign) {
                return campaign == null ? "" : i18n.name(campaign.title());
            }

            @Override
            public Campaign fromString(String text) {
                return null;
            }
        });
        courseBox.valueProperty().bindBidirectional(viewModel.selectedProperty());
        courseBox.setPromptText(i18n.get("course.none"));
        distanceField.textProperty().bindBidirectional(viewModel.maxDistanceProperty());
        exercisesField.textProperty().bindBidirectional(viewModel.exercisesNeededProperty());
        ruleInWords.textProperty().bind(viewModel.ruleInWordsProperty());
        saveRuleButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        courseTabs.disableProperty().bind(viewModel.selectedProperty().isNull());
        distanceField.setOnAction(e -> saveRule());
        exercisesField.setOnAction(e -> saveRule());
        subscriptions.listen(courseTabs.getSelectionModel().selectedItemProperty(), (obs, old, tab) -> {
            if (tab == resultsTab) {
                results.refresh();
            }
        });
        viewModel.refresh();
    }

    @FXML
    private void saveRule() {
        viewModel.saveRule();
    }
}
