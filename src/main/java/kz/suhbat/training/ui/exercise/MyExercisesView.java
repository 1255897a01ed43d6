package kz.suhbat.training.ui.exercise;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.common.ui.WrappingCell;
import kz.suhbat.training.MyExercise;

/**
 * The trainee's calibration page: their exercises (Enter opens one: its sheet, or its feedback once
 * submitted) and a chart of their distance from the references, exercise by exercise. The sheet and the
 * feedback take the page's place; Esc brings the list back.
 */
public final class MyExercisesView {

    private final MyExercisesViewModel viewModel;
    private final I18n i18n;
    private final ViewLoader viewLoader;

    @FXML private StackPane calibrationPage;
    @FXML private BorderPane listPage;
    @FXML private ProgressIndicator busy;
    @FXML private Label message;
    @FXML private TableView<MyExercise> exerciseTable;
    @FXML private TableColumn<MyExercise, String> courseColumn;
    @FXML private TableColumn<MyExercise, String> numberColumn;
    @FXML private TableColumn<MyExercise, String> titleColumn;
    @FXML private TableColumn<MyExercise, String> statusColumn;
    @FXML private TableColumn<MyExercise, String> distanceColumn;
    @FXML private LineChart<String, Number> progressChart;
    @FXML private Label progressSummary;
    private Parent sheet;
    private Parent feedback;

    public MyExercisesView(MyExercisesViewModel viewModel, I18n i18n, ViewLoader viewLoader) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.viewLoader = viewLoader;
    }

    @FXML
    private void initialize() {
        ViewSubscriptions subscriptions = new ViewSubscriptions(calibrationPage);
        exerciseTable.setItems(viewModel.exercises());
        Nodes.whenEmpty(exerciseTable, i18n.get("calibration.none"));
        courseColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.course(c.getValue())));
        numberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().exercise().seq())));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.title(c.getValue())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.statusText(c.getValue())));
        distanceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.distanceText(c.getValue())));
        WrappingCell.wrap(courseColumn);
        WrappingCell.wrap(titleColumn);
        WrappingCell.wrap(statusColumn);
        exerciseTable.setRowFactory(table -> {
            TableRow<MyExercise> row = new TableRow<>();
            row.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        exerciseTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
                e.consume();
            }
        });
        calibrationPage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5 && viewModel.pageProperty().get() == MyExercisesViewModel.Page.LIST) {
                viewModel.refresh();
                e.consume();
            }
        });
        subscriptions.listen(viewModel.exercises(), (javafx.collections.ListChangeListener<MyExercise>) c -> listed());
        subscriptions.listen(viewModel.progress(),
                (javafx.collections.ListChangeListener<MyExercisesViewModel.ProgressLine>) c -> chart());
        progressChart.setLegendVisible(true);
        progressChart.getYAxis().setLabel(i18n.get("calibration.distanceAxis"));
        progressSummary.textProperty().bind(viewModel.progressSummaryProperty());
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        subscriptions.listen(viewModel.pageProperty(), (obs, old, page) -> showPage(page));
        showPage(viewModel.pageProperty().get());
        chart();
        viewModel.refresh();
    }

    /** Hides the page that was in front first, so that the keyboard leaves it, then shows the new one. */
    private void showPage(MyExercisesViewModel.Page page) {
        Nodes.show(page == MyExercisesViewModel.Page.LIST, listPage);
        if (sheet != null) {
            Nodes.show(page == MyExercisesViewModel.Page.SHEET, sheet);
        }
        if (feedback != null) {
            Nodes.show(page == MyExercisesViewModel.Page.FEEDBACK, feedback);
        }
        if (page == MyExercisesViewModel.Page.SHEET && sheet == null) {
            sheet = viewLoader.load(ExerciseSheetView.class).root();
            calibrationPage.getChildren().add(sheet);
        }
        if (page == MyExercisesViewModel.Page.FEEDBACK && feedback == null) {
            feedback = viewLoader.load(ExerciseFeedbackView.class).root();
            calibrationPage.getChildren().add(feedback);
        }
        if (page == MyExercisesViewModel.Page.LIST) {
            Platform.runLater(exerciseTable::requestFocus);
        }
    }

    /** After each load: the keyboard on the exercise opened last, else on the first not yet submitted. */
    private void listed() {
        var items = viewModel.exercises();
        int index = -1;
        for (int i = 0; i < items.size() && index < 0; i++) {
            if (viewModel.lastOpened() != null && items.get(i).exercise().id() == viewModel.lastOpened()) {
                index = i;
            }
        }
        for (int i = 0; i < items.size() && index < 0; i++) {
            if (items.get(i).status() != MyExercise.Status.SUBMITTED) {
                index = i;
            }
        }
        if (index < 0 && !items.isEmpty()) {
            index = 0;
        }
        if (index >= 0) {
            exerciseTable.getSelectionModel().select(index);
            exerciseTable.getFocusModel().focus(index);
            exerciseTable.scrollTo(index);
        }
        if (viewModel.pageProperty().get() == MyExercisesViewModel.Page.LIST) {
            exerciseTable.requestFocus();
        }
    }

    private void chart() {
        progressChart.getData().clear();
        double highest = 2;
        for (MyExercisesViewModel.ProgressLine line : viewModel.progress()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(line.course());
            for (MyExercisesViewModel.Point point : line.points()) {
                series.getData().add(new XYChart.Data<>(point.exercise(), point.distance()));
                highest = Math.max(highest, Math.ceil(point.distance() * 2) / 2);
            }
            progressChart.getData().add(series);
        }
        ((javafx.scene.chart.NumberAxis) progressChart.getYAxis()).setUpperBound(highest);
    }

    @FXML
    private void open() {
        viewModel.open(exerciseTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
