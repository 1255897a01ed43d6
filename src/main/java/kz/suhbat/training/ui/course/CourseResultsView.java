package kz.suhbat.training.ui.course;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import kz.suhbat.analytics.file.ReportFiles;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.training.ui.course.CourseResultsViewModel.Point;
import kz.suhbat.training.ui.course.CourseResultsViewModel.ResultRow;

/**
 * The course's results: a line per trainee, the chart of the chosen trainee's and the group's distance
 * exercise by exercise under the rule's line, and the report saved as PDF or XLSX.
 */
public final class CourseResultsView {

    private final CourseResultsViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;

    @FXML private ScrollPane resultsPane;
    @FXML private TableView<ResultRow> resultTable;
    @FXML private TableColumn<ResultRow, String> traineeColumn;
    @FXML private TableColumn<ResultRow, String> submittedColumn;
    @FXML private TableColumn<ResultRow, String> lastColumn;
    @FXML private TableColumn<ResultRow, String> meanColumn;
    @FXML private TableColumn<ResultRow, String> biasColumn;
    @FXML private TableColumn<ResultRow, String> flagsColumn;
    @FXML private TableColumn<ResultRow, String> calibratedColumn;
    @FXML private LineChart<Number, Number> progressChart;
    @FXML private NumberAxis exerciseAxis;
    @FXML private NumberAxis distanceAxis;
    @FXML private Button saveReportButton;
    @FXML private Label resultsMessage;

    public CourseResultsView(CourseResultsViewModel viewModel, I18n i18n, DialogService dialogs) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        text(traineeColumn, ResultRow::name);
        text(submittedColumn, ResultRow::submitted);
        text(lastColumn, ResultRow::last);
        text(meanColumn, ResultRow::mean);
        text(biasColumn, ResultRow::bias);
        text(flagsColumn, ResultRow::flags);
        text(calibratedColumn, ResultRow::calibrated);
        resultTable.setItems(viewModel.rows());
        Nodes.whenEmpty(resultTable, i18n.get("course.result.none"));
        ViewSubscriptions subscriptions = new ViewSubscriptions(resultsPane);
        subscriptions.listen(resultTable.getSelectionModel().selectedItemProperty(), (obs, old, row) -> {
            if (row != null) {
                viewModel.chosenProperty().set(row);
            }
        });
        subscriptions.listen(viewModel.chosenProperty(), (obs, old, row) -> {
            if (resultTable.getSelectionModel().getSelectedItem() != row) {
                resultTable.getSelectionModel().select(row);
            }
            drawChart();
        });
        subscriptions.listen(viewModel.resultsProperty(), (obs, old, results) -> drawChart());
        StatusMessage.bind(resultsMessage, viewModel.status(), subscriptions);
        saveReportButton.disableProperty().bind(viewModel.resultsProperty().isNull()
                .or(viewModel.status().busyProperty()));
        exerciseAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                double x = value.doubleValue();
                return x == Math.rint(x) ? Long.toString(Math.round(x)) : "";
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        resultTable.getSelectionModel().select(viewModel.chosenProperty().get());
        drawChart();
        viewModel.refresh();
    }

    private void drawChart() {
        progressChart.getData().clear();
        int exercises = Math.max(1, viewModel.exerciseCount());
        exerciseAxis.setLowerBound(0.5);
        exerciseAxis.setUpperBound(exercises + 0.5);
        double rule = viewModel.ruleDistance();
        ResultRow chosen = viewModel.chosenProperty().get();
        if (chosen != null) {
            progressChart.getData().add(series(chosen.name(), viewModel.traineeLine()));
        }
        List<Point> group = viewModel.groupLine();
        if (!group.isEmpty()) {
            progressChart.getData().add(series(i18n.get("course.chart.group"), group));
        }
        double top = 1;
        for (XYChart.Series<Number, Number> s : progressChart.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                top = Math.max(top, d.getYValue().doubleValue());
            }
        }
        if (!Double.isNaN(rule)) {
            top = Math.max(top, rule);
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(viewModel.ruleLabel());
            line.getData().add(new XYChart.Data<>(0.5, rule));
            line.getData().add(new XYChart.Data<>(exercises + 0.5, rule));
            progressChart.getData().add(line);
            line.getNode().getStyleClass().add("rule-line");
            line.getData().forEach(d -> d.getNode().setVisible(false));
        }
        distanceAxis.setUpperBound(Math.ceil(top * 2) / 2 + 0.5);
    }

    private static XYChart.Series<Number, Number> series(String name, List<Point> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        points.forEach(p -> series.getData().add(new XYChart.Data<>(p.seq(), p.distance())));
        return series;
    }

    @FXML
    private void saveReport() {
        List<DialogService.FileKind> kinds = List.of(new DialogService.FileKind(i18n.get("course.report.pdf"), "pdf"),
                new DialogService.FileKind(i18n.get("course.report.xlsx"), "xlsx"));
        dialogs.chooseFileToSave(i18n.get("course.report.save"), i18n.get("course.report.fileName") + ".pdf", kinds,
                kinds.get(0)).ifPresent(choice -> viewModel.save(choice.file(), ReportFiles.formatOf(choice.file())
                        .orElse("xlsx".equals(choice.kind().extension()) ? ReportFiles.Format.XLSX
                                : ReportFiles.Format.PDF)));
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
