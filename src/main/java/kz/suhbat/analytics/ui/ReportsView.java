package kz.suhbat.analytics.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.suhbat.analytics.Competency;
import kz.suhbat.analytics.DeliberationReport;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.analytics.Drill;
import kz.suhbat.analytics.Group;
import kz.suhbat.analytics.OutcomeReport;
import kz.suhbat.analytics.OutcomeRow;
import kz.suhbat.analytics.ProfileCell;
import kz.suhbat.analytics.ProfileReport;
import kz.suhbat.analytics.file.ReportCharts;
import kz.suhbat.analytics.file.ReportFiles;
import kz.suhbat.analytics.file.ReportLabels;
import kz.suhbat.analytics.file.ReportTable;
import kz.suhbat.analytics.file.ReportTables;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;
import kz.suhbat.scoring.Outcome;

/**
 * The Reports page: grouping and filters on top; decisions as a table beside a stacked bar chart,
 * competency profiles as a heatmap with the findings in words, deliberation as two tables; the
 * candidates behind the chosen cell below. A cell, a row or a bar drills down.
 */
public final class ReportsView {

    private final ReportsViewModel viewModel;
    private final I18n i18n;
    private final DialogService dialogs;
    private final ReportLabels labels;
    private final ReportTables tables;

    @FXML private BorderPane reportsPage;
    @FXML private ProgressIndicator busy;
    @FXML private ComboBox<Dimension> groupBy;
    @FXML private ComboBox<ReportsViewModel.Source> sourceBox;
    @FXML private FlowPane filterBoxes;
    @FXML private Button exportXlsxButton;
    @FXML private Button exportPdfButton;
    @FXML private Label message;
    @FXML private TableView<List<Object>> outcomeTable;
    @FXML private StackedBarChart<Number, String> outcomeChart;
    @FXML private FlowPane outcomeLegend;
    @FXML private GridPane heatmap;
    @FXML private VBox findingLines;
    @FXML private TableView<List<Object>> divergenceTable;
    @FXML private TableView<List<Object>> thresholdTable;
    @FXML private Label drillTitle;
    @FXML private TableView<List<Object>> drillTable;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.control.Tab ratersTab;
    @FXML private TableView<List<Object>> raterTable;
    private final RaterStatisticsWindows raterWindows;
    private List<ReportTables.RaterLine> raterLines = List.of();

    public ReportsView(ReportsViewModel viewModel, I18n i18n, DialogService dialogs, RaterStatisticsWindows raterWindows) {
        this.raterWindows = raterWindows;
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.labels = viewModel.labels();
        this.tables = new ReportTables(labels);
    }

    @FXML
    private void initialize() {
        sourceBox.getItems().setAll(viewModel.sources());
        sourceBox.setConverter(converter(s -> i18n.get("reports.sourceShort." + s.name())));
        sourceBox.valueProperty().bindBidirectional(viewModel.sourceProperty());
        Nodes.show(viewModel.sources().size() > 1, sourceBox);
        groupBy.getItems().setAll(Dimension.values());
        groupBy.setConverter(converter(labels::dimension));
        groupBy.valueProperty().bindBidirectional(viewModel.dimensionProperty());
        for (Dimension d : Dimension.values()) {
            filterBoxes.getChildren().add(filterBox(d));
        }
        ViewSubscriptions subscriptions = new ViewSubscriptions(reportsPage);
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        busy.progressProperty().bind(viewModel.status().progressProperty());
        exportXlsxButton.disableProperty().bind(viewModel.status().busyProperty()
                .or(viewModel.outcomesProperty().isNull()));
        exportPdfButton.disableProperty().bind(exportXlsxButton.disableProperty());
        subscriptions.listen(viewModel.outcomesProperty(), (obs, old, report) -> showOutcomes(report));
        subscriptions.listen(viewModel.profilesProperty(), (obs, old, report) -> showProfiles(report));
        subscriptions.listen(viewModel.deliberationProperty(), (obs, old, report) -> showDeliberation(report));
        subscriptions.listen(viewModel.findings(), change -> showFindings());
        drillOnSelection();
        fill(raterTable, tables.raters(List.of()));
        Nodes.whenEmpty(raterTable, i18n.get("reports.noData"));
        subscriptions.listen(viewModel.ratersProperty(), (obs, old, panels) -> {
            raterLines = panels == null ? List.of() : ReportTables.raterLines(panels);
            fill(raterTable, tables.raters(panels == null ? List.of() : panels));
            if (panels == null && tabs.getSelectionModel().getSelectedItem() == ratersTab) {
                viewModel.loadRaters();
            }
        });
        ratersTab.disableProperty().bind(viewModel.sourceProperty().isEqualTo(ReportsViewModel.Source.OWN));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == ratersTab) {
                viewModel.loadRaters();
            }
        });
        // Enter or a double click opens a member's panel; moving through the rows opens nothing.
        raterTable.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openChosenPanel();
            }
        });
        raterTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openChosenPanel();
            }
        });
        drillTitle.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.drillTitleProperty().isEmpty())
                .then(i18n.get("reports.drillHint")).otherwise(viewModel.drillTitleProperty()));
        subscriptions.listen(viewModel.drilled(), change -> fill(drillTable, tables.candidates("", viewModel.drilled())));
        fill(drillTable, tables.candidates("", List.of()));
        fill(outcomeTable, tables.outcomes(new OutcomeReport(Dimension.REGION, List.of())));
        outcomeTable.getItems().clear();
        for (TableView<?> table : List.of(outcomeTable, divergenceTable, thresholdTable)) {
            Nodes.whenEmpty(table, i18n.get("reports.noData"));
        }
        Nodes.whenEmpty(drillTable, i18n.get("reports.noDrill"));
        viewModel.refresh();
    }

    private void openChosenPanel() {
        int i = raterTable.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i < raterLines.size()) {
            raterWindows.openImported(raterLines.get(i).panel().panel().id());
        }
    }

    private ComboBox<Group> filterBox(Dimension d) {
        ComboBox<Group> box = new ComboBox<>();
        box.setId("filter-" + d.name());
        box.setPromptText(labels.dimension(d));
        box.setMaxWidth(d == Dimension.OFFICE ? 300 : 240);
        box.setTooltip(new Tooltip(labels.dimension(d)));
        Group all = new Group(null, null);
        box.setConverter(converter(g -> g == null || g.value() == null ? i18n.format("reports.every", labels.dimension(d))
                : labels.group(d, g)));
        box.getItems().setAll(all);
        box.setValue(all);
        viewModel.values(d).addListener((javafx.collections.ListChangeListener<Group>) change -> {
            Group chosen = viewModel.filterProperty(d).get();
            box.getItems().setAll(all);
            box.getItems().addAll(viewModel.values(d));
            box.setValue(chosen == null ? all : chosen);
        });
        box.valueProperty().addListener((obs, old, value) ->
                viewModel.filterProperty(d).set(value == null || value.value() == null ? null : value));
        return box;
    }

    private void showOutcomes(OutcomeReport report) {
        if (report == null) {
            return;
        }
        ReportTable table = tables.outcomes(report);
        fill(outcomeTable, table);
        outcomeChart.getData().clear();
        // The categories are set before the series: a stacked chart given new categories only through its
        // data draws no bars for them.
        ((javafx.scene.chart.CategoryAxis) outcomeChart.getYAxis()).setCategories(
                javafx.collections.FXCollections.observableArrayList(report.rows().stream()
                        .map(row -> labels.group(report.dimension(), row.group())).distinct().toList()));
        outcomeChart.setPrefHeight(Math.max(240, 24 * report.rows().size() + 70));
        outcomeChart.setMinHeight(outcomeChart.getPrefHeight());
        for (Outcome outcome : report.outcomes()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(labels.outcome(outcome));
            for (OutcomeRow row : report.rows()) {
                series.getData().add(new XYChart.Data<>(100 * row.share(outcome),
                        labels.group(report.dimension(), row.group())));
            }
            outcomeChart.getData().add(series);
        }
        for (int s = 0; s < outcomeChart.getData().size(); s++) {
            Outcome outcome = report.outcomes().get(s);
            XYChart.Series<Number, String> series = outcomeChart.getData().get(s);
            for (int r = 0; r < series.getData().size(); r++) {
                OutcomeRow row = report.rows().get(r);
                var node = series.getData().get(r).getNode();
                if (node != null) {
                    node.setStyle("-fx-bar-fill: " + ReportCharts.colour(outcome) + ";");
                    Tooltip.install(node, new Tooltip(labels.group(report.dimension(), row.group()) + " — "
                            + labels.outcome(outcome) + ": " + row.count(outcome)));
                    node.setOnMouseClicked(e -> viewModel.drill(Drill.decided(report.dimension(), row.group().value(),
                            outcome), labels.group(report.dimension(), row.group()) + " — " + labels.outcome(outcome)));
                }
            }
        }
        outcomeLegend.getChildren().clear();
        for (Outcome outcome : report.outcomes()) {
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(12, 12,
                    javafx.scene.paint.Color.web(ReportCharts.colour(outcome)));
            Label name = new Label(labels.outcome(outcome), swatch);
            name.setMinWidth(Label.USE_PREF_SIZE);
            outcomeLegend.getChildren().add(name);
        }
    }

    private void showProfiles(ProfileReport report) {
        heatmap.getChildren().clear();
        if (report == null) {
            return;
        }
        List<Competency> competencies = report.competencies();
        for (int c = 0; c < competencies.size(); c++) {
            Label head = new Label(labels.competency(competencies.get(c)));
            head.setWrapText(true);
            head.setPrefWidth(cellWidth(head.getText()));
            head.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            head.getStyleClass().add("heat-head");
            heatmap.add(head, c + 1, 0);
        }
        for (int r = 0; r < report.groups().size(); r++) {
            Group group = report.groups().get(r);
            Label name = new Label(labels.group(report.dimension(), group));
            name.setPrefWidth(190);
            name.setTooltip(new Tooltip(name.getText()));
            heatmap.add(name, 0, r + 1);
            for (int c = 0; c < competencies.size(); c++) {
                Competency competency = competencies.get(c);
                int row = r + 1;
                int column = c + 1;
                report.cell(group, competency.code()).ifPresent(cell ->
                        heatmap.add(heatCell(report, group, competency, cell), column, row));
            }
        }
        showFindings();
    }

    private Button heatCell(ProfileReport report, Group group, Competency competency, ProfileCell cell) {
        Button button = new Button(String.format(java.util.Locale.ROOT, "%.2f (%+.2f)", cell.mean(),
                cell.difference()));
        button.setId("heat-" + group.value() + "-" + competency.code());
        button.setPrefWidth(cellWidth(labels.competency(competency)));
        button.getStyleClass().add("heat-cell");
        button.getStyleClass().add(!cell.marked() ? "heat-plain" : cell.difference() < 0 ? "heat-weaker" : "heat-stronger");
        String where = labels.group(report.dimension(), group) + " — " + labels.competency(competency);
        button.setTooltip(new Tooltip(i18n.format("reports.cellTip", where, String.format(java.util.Locale.ROOT,
                "%.2f", cell.mean()), String.format(java.util.Locale.ROOT, "%.2f", cell.low()),
                String.format(java.util.Locale.ROOT, "%.2f", cell.high()),
                String.format(java.util.Locale.ROOT, "%.2f", cell.overallMean()), cell.moments().count())));
        button.setOnAction(e -> viewModel.drill(Drill.result(report.dimension(), group.value(), competency.code()),
                where));
        return button;
    }

    /** A heatmap column: as wide as the longest word of its competency's name, so no word is broken. */
    private static double cellWidth(String name) {
        return Math.max(110, 0.8 * java.util.Arrays.stream(name.split("\\s+")).mapToDouble(ReportsView::measure).max()
                .orElse(0) + 12);
    }

    private void showFindings() {
        findingLines.getChildren().clear();
        List<String> lines = viewModel.findings().isEmpty() ? List.of(i18n.get("reports.noFinding"))
                : viewModel.findings();
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.getStyleClass().add("finding");
            findingLines.getChildren().add(label);
        }
    }

    private void showDeliberation(DeliberationReport report) {
        if (report == null) {
            return;
        }
        fill(divergenceTable, tables.divergence(report));
        fill(thresholdTable, tables.thresholds(report));
    }

    /** Choosing a row of a table drills into it: a group's decisions, a competency's divergent results, a group's decisions against the threshold. */
    private void drillOnSelection() {
        outcomeTable.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            OutcomeReport report = viewModel.outcomesProperty().get();
            int i = index.intValue();
            if (report != null && i >= 0 && i < report.rows().size()) {
                Group group = report.rows().get(i).group();
                viewModel.drill(Drill.decided(report.dimension(), group.value(), null),
                        labels.group(report.dimension(), group));
            }
        });
        divergenceTable.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            DeliberationReport report = viewModel.deliberationProperty().get();
            int i = index.intValue();
            if (report != null && i >= 0 && i < report.competencies().size()) {
                Competency competency = report.competencies().get(i);
                viewModel.drill(Drill.divergent(competency.code()),
                        i18n.format("reports.divergentOf", labels.competency(competency)));
            }
        });
        thresholdTable.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            DeliberationReport report = viewModel.deliberationProperty().get();
            int i = index.intValue();
            if (report != null && i >= 0 && i < report.thresholds().size()) {
                Group group = report.thresholds().get(i).group();
                viewModel.drill(Drill.againstThreshold(report.dimension(), group.value()),
                        i18n.format("reports.againstOf", labels.group(report.dimension(), group)));
            }
        });
    }

    /**
     * Shows {@code table} in {@code view}: a column per heading, each as wide as its longest heading word
     * and its widest value (up to a limit), numbers printed as the exports print them.
     */
    private static void fill(TableView<List<Object>> view, ReportTable table) {
        List<TableColumn<List<Object>, ?>> columns = new java.util.ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            int index = c;
            String title = table.header().get(c);
            TableColumn<List<Object>, String> column = new TableColumn<>();
            Label heading = new Label(title);
            heading.setTooltip(new Tooltip(title));
            column.setGraphic(heading);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(table.text(row.getValue().get(index))));
            double widest = measure(title);
            for (List<Object> row : table.rows().subList(0, Math.min(200, table.rows().size()))) {
                widest = Math.max(widest, measure(table.text(row.get(index))));
            }
            column.setPrefWidth(Math.min(c == 0 ? 260 : 230, Math.max(70, widest + 28)));
            column.setSortable(false);
            columns.add(column);
        }
        view.getColumns().setAll(columns);
        view.getItems().setAll(table.rows());
    }

    private static double measure(String text) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, javafx.scene.text.Font.getDefault().getSize() * 1.25));
        return probe.getLayoutBounds().getWidth();
    }

    @FXML
    private void exportXlsx() {
        export(ReportFiles.Format.XLSX, "xlsx");
    }

    @FXML
    private void exportPdf() {
        export(ReportFiles.Format.PDF, "pdf");
    }

    private void export(ReportFiles.Format format, String extension) {
        dialogs.chooseFileToSave(i18n.get("reports.export"), i18n.get("reports.fileName") + "." + extension,
                extension.toUpperCase(java.util.Locale.ROOT), extension)
                .ifPresent((Path file) -> viewModel.export(file, format));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
