package kz.suhbat.training.ui.course;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.security.Account;
import kz.suhbat.training.ui.course.CourseTraineesViewModel.TraineeRow;

/** The course's trainees: the table, and an account to add (as a reference rater or not) or one to remove. */
public final class CourseTraineesView {

    private final CourseTraineesViewModel viewModel;
    private final I18n i18n;

    @FXML private VBox traineesPane;
    @FXML private TableView<TraineeRow> traineeTable;
    @FXML private TableColumn<TraineeRow, String> nameColumn;
    @FXML private TableColumn<TraineeRow, String> loginColumn;
    @FXML private TableColumn<TraineeRow, String> roleColumn;
    @FXML private TableColumn<TraineeRow, String> referenceColumn;
    @FXML private ComboBox<Account> accountBox;
    @FXML private CheckBox referenceCheck;
    @FXML private Button addTraineeButton;
    @FXML private Button removeTraineeButton;
    @FXML private Label traineesMessage;
    @FXML private TextField newLoginField;
    @FXML private TextField newNameField;
    @FXML private Button createTraineeButton;

    public CourseTraineesView(CourseTraineesViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        text(nameColumn, TraineeRow::name);
        text(loginColumn, TraineeRow::login);
        text(roleColumn, TraineeRow::role);
        text(referenceColumn, TraineeRow::reference);
        traineeTable.setItems(viewModel.trainees());
        Nodes.whenEmpty(traineeTable, i18n.get("course.trainee.none"));
        accountBox.setItems(viewModel.eligible());
        accountBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Account account) {
                return account == null ? "" : account.displayName() + " (" + account.login() + ", "
                        + i18n.get("role." + account.role().name()) + ")";
            }

            @Override
            public Account fromString(String text) {
                return null;
            }
        });
        accountBox.setPromptText(i18n.get("course.trainee.choose"));
        accountBox.valueProperty().bindBidirectional(viewModel.chosenProperty());
        referenceCheck.selectedProperty().bindBidirectional(viewModel.referenceProperty());
        newLoginField.textProperty().bindBidirectional(viewModel.newLoginProperty());
        newNameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        createTraineeButton.disableProperty().bind(viewModel.status().busyProperty());
        addTraineeButton.disableProperty().bind(accountBox.valueProperty().isNull());
        removeTraineeButton.disableProperty().bind(traineeTable.getSelectionModel().selectedItemProperty().isNull());
        traineeTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                remove();
            }
        });
        ViewSubscriptions subscriptions = new ViewSubscriptions(traineesPane);
        StatusMessage.bind(traineesMessage, viewModel.status(), subscriptions);
        viewModel.refresh();
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void createTrainee() {
        viewModel.createTrainee();
    }

    @FXML
    private void remove() {
        viewModel.remove(traineeTable.getSelectionModel().getSelectedItem());
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
