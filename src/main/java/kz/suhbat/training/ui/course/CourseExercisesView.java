package kz.suhbat.training.ui.course;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.TrilingualField;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.training.ui.course.CourseExercisesViewModel.ExerciseRow;
import kz.suhbat.training.ui.course.CourseExercisesViewModel.ReferenceChoice;

/** The course's exercises in order, the buttons that add more, and the chosen exercise's references. */
public final class CourseExercisesView {

    private final CourseExercisesViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;
    private final TrilingualField reasonField = new TrilingualField("reasonField", true).optional(Language.EN);

    @FXML private ScrollPane exercisesPane;
    @FXML private TableView<ExerciseRow> exerciseTable;
    @FXML private TableColumn<ExerciseRow, String> seqColumn;
    @FXML private TableColumn<ExerciseRow, String> codeColumn;
    @FXML private TableColumn<ExerciseRow, String> titleColumn;
    @FXML private TableColumn<ExerciseRow, String> competencyColumn;
    @FXML private TableColumn<ExerciseRow, String> referencesColumn;
    @FXML private ComboBox<ReferenceChoice> referenceBox;
    @FXML private ComboBox<Integer> levelBox;
    @FXML private VBox reasonBox;
    @FXML private Button starterButton;
    @FXML private Button fileButton;
    @FXML private Button saveSetButton;
    @FXML private Button saveReferenceButton;
    @FXML private Button medianButton;
    @FXML private Label exercisesMessage;

    public CourseExercisesView(CourseExercisesViewModel viewModel, I18n i18n, DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        text(seqColumn, ExerciseRow::seq);
        text(codeColumn, ExerciseRow::code);
        text(titleColumn, ExerciseRow::title);
        text(competencyColumn, ExerciseRow::competency);
        text(referencesColumn, ExerciseRow::references);
        exerciseTable.setItems(viewModel.exercises());
        Nodes.whenEmpty(exerciseTable, i18n.get("course.exercise.none"));
        ViewSubscriptions subscriptions = new ViewSubscriptions(exercisesPane);
        subscriptions.listen(exerciseTable.getSelectionModel().selectedItemProperty(),
                (obs, old, row) -> viewModel.selectedProperty().set(row));
        subscriptions.listen(viewModel.selectedProperty(), (obs, old, row) -> {
            if (exerciseTable.getSelectionModel().getSelectedItem() != row) {
                exerciseTable.getSelectionModel().select(row);
            }
        });
        referenceBox.setItems(viewModel.references());
        referenceBox.valueProperty().bindBidirectional(viewModel.referenceProperty());
        referenceBox.setPromptText(i18n.get("course.reference.chooseFirst"));
        levelBox.setItems(viewModel.levels());
        levelBox.valueProperty().bindBidirectional(viewModel.levelProperty());
        reasonBox.getChildren().add(reasonField);
        reasonField.valueProperty().bindBidirectional(viewModel.reasonProperty());
        saveReferenceButton.disableProperty().bind(viewModel.referenceProperty().isNull());
        medianButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        StatusMessage.bind(exercisesMessage, viewModel.status(), subscriptions);
        starterButton.disableProperty().bind(viewModel.status().busyProperty());
        fileButton.disableProperty().bind(viewModel.status().busyProperty());
        saveSetButton.disableProperty().bind(viewModel.status().busyProperty());
        viewModel.refresh();
    }

    @FXML
    private void addStarter() {
        viewModel.addStarter();
    }

    @FXML
    private void addFromFile() {
        dialogs.chooseFileToOpen(i18n.get("course.exercise.file"), i18n.get("course.exercise.fileKind"), "json")
                .ifPresent(viewModel::addFrom);
    }

    @FXML
    private void saveSet() {
        dialogs.chooseFileToSave(i18n.get("course.exercise.saveSet"), "exercises.json",
                i18n.get("course.exercise.fileKind"), "json").ifPresent(viewModel::saveSet);
    }

    @FXML
    private void saveReference() {
        viewModel.saveReference();
    }

    @FXML
    private void adoptMedian() {
        viewModel.adoptPanelMedian();
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
