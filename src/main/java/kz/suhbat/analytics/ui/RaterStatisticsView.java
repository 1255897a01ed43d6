package kz.suhbat.analytics.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import kz.suhbat.analytics.ui.RaterStatisticsViewModel.CompetencyRow;
import kz.suhbat.analytics.ui.RaterStatisticsViewModel.MemberRow;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Nodes;
import kz.suhbat.common.ui.StatusMessage;
import kz.suhbat.common.ui.ViewSubscriptions;

/** A campaign's rater statistics, in a window of its own: flags in words, members, competencies. */
public final class RaterStatisticsView {

    private final RaterStatisticsViewModel viewModel;
    private final I18n i18n;

    @FXML private BorderPane raterStatisticsPage;
    @FXML private Label title;
    @FXML private ProgressIndicator busy;
    @FXML private Label summary;
    @FXML private Label message;
    @FXML private VBox findingLines;
    @FXML private TableView<MemberRow> memberTable;
    @FXML private TableColumn<MemberRow, String> memberColumn;
    @FXML private TableColumn<MemberRow, String> ratingsColumn;
    @FXML private TableColumn<MemberRow, String> leniencyColumn;
    @FXML private TableColumn<MemberRow, String> spreadColumn;
    @FXML private TableColumn<MemberRow, String> haloColumn;
    @FXML private TableColumn<MemberRow, String> exactColumn;
    @FXML private TableColumn<MemberRow, String> adjacentColumn;
    @FXML private TableColumn<MemberRow, String> flagsColumn;
    @FXML private TableView<CompetencyRow> competencyTable;
    @FXML private TableColumn<CompetencyRow, String> competencyColumn;
    @FXML private TableColumn<CompetencyRow, String> usedColumn;
    @FXML private TableColumn<CompetencyRow, String> icc21Column;
    @FXML private TableColumn<CompetencyRow, String> icc2kColumn;
    @FXML private TableColumn<CompetencyRow, String> icc31Column;
    @FXML private TableColumn<CompetencyRow, String> kendallColumn;
    @FXML private TableColumn<CompetencyRow, String> ordinalColumn;
    @FXML private TableColumn<CompetencyRow, String> intervalColumn;
    @FXML private TableColumn<CompetencyRow, String> rwgColumn;

    public RaterStatisticsView(RaterStatisticsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        text(memberColumn, MemberRow::name);
        text(ratingsColumn, MemberRow::ratings);
        text(leniencyColumn, MemberRow::leniency);
        text(spreadColumn, MemberRow::spread);
        text(haloColumn, MemberRow::halo);
        text(exactColumn, MemberRow::exact);
        text(adjacentColumn, MemberRow::adjacent);
        text(flagsColumn, MemberRow::flags);
        memberTable.setItems(viewModel.members());
        text(competencyColumn, CompetencyRow::competency);
        text(usedColumn, CompetencyRow::candidates);
        text(icc21Column, CompetencyRow::icc21);
        text(icc2kColumn, CompetencyRow::icc2k);
        text(icc31Column, CompetencyRow::icc31);
        text(kendallColumn, CompetencyRow::kendall);
        text(ordinalColumn, CompetencyRow::ordinalAlpha);
        text(intervalColumn, CompetencyRow::intervalAlpha);
        text(rwgColumn, CompetencyRow::rwg);
        competencyTable.setItems(viewModel.competencies());
        Nodes.whenEmpty(memberTable, i18n.get("raters.none"));
        Nodes.whenEmpty(competencyTable, i18n.get("raters.none"));
        ViewSubscriptions subscriptions = new ViewSubscriptions(raterStatisticsPage);
        StatusMessage.bind(message, viewModel.status(), subscriptions);
        busy.visibleProperty().bind(viewModel.status().busyProperty());
        subscriptions.listen(viewModel.titleProperty(), (obs, old, value) -> title.setText(value));
        summary.textProperty().bind(viewModel.summaryProperty());
        subscriptions.listen(viewModel.findings(), change -> {
            findingLines.getChildren().clear();
            viewModel.findings().forEach(line -> {
                Label label = new Label(line);
                label.setWrapText(true);
                label.setMinHeight(Label.USE_PREF_SIZE);
                label.getStyleClass().add("finding");
                findingLines.getChildren().add(label);
            });
        });
        viewModel.load();
    }

    private static <T> void text(TableColumn<T, String> column, Function<T, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }
}
