package kz.suhbat.rubric.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.rubric.Difference;

/** Shows what changed between two versions of a framework, one row per changed text or value. */
final class DifferencesDialog {

    private final I18n i18n;

    DifferencesDialog(I18n i18n) {
        this.i18n = i18n;
    }

    void show(Window owner, String title, List<Difference> differences) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (differences.isEmpty()) {
            dialog.getDialogPane().setContent(new Label(i18n.get("rubric.diff.none")));
        } else {
            TableView<Difference> table = new TableView<>();
            table.setId("differences");
            table.getItems().setAll(differences);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.getColumns().add(column(i18n.get("rubric.diff.where"), Difference::where, 200));
            table.getColumns().add(column(i18n.get("rubric.diff.change"),
                    d -> i18n.get("rubric.diff." + d.kind().name()), 110));
            table.getColumns().add(column(i18n.get("rubric.diff.before"), Difference::before, 330));
            table.getColumns().add(column(i18n.get("rubric.diff.after"), Difference::after, 330));
            table.setPrefSize(1000, 480);
            dialog.getDialogPane().setContent(table);
        }
        dialog.showAndWait();
    }

    private static TableColumn<Difference, String> column(String title,
                                                          java.util.function.Function<Difference, String> value,
                                                          double width) {
        TableColumn<Difference, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
