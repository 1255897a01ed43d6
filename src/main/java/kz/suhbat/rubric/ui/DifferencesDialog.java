package kz.suhbat.rubric.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogButtons;
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
        dialog.getDialogPane().getButtonTypes().add(new DialogButtons(i18n).close());
        // Wide enough for the texts side by side, within a 1366×768 screen.
        dialog.getDialogPane().setMinSize(1080, 540);
        dialog.getDialogPane().setPrefSize(1080, 540);
        if (differences.isEmpty()) {
            dialog.getDialogPane().setContent(new Label(i18n.get("rubric.diff.none")));
        } else {
            TableView<Difference> table = new TableView<>();
            table.setId("differences");
            table.getItems().setAll(differences);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.getColumns().add(column(i18n.get("rubric.diff.where"), d -> place(d.where()), 220));
            table.getColumns().add(column(i18n.get("rubric.diff.change"),
                    d -> i18n.get("rubric.diff." + d.kind().name()), 120));
            table.getColumns().add(wrapping(column(i18n.get("rubric.diff.before"), Difference::before, 360)));
            table.getColumns().add(wrapping(column(i18n.get("rubric.diff.after"), Difference::after, 360)));
            dialog.getDialogPane().setContent(table);
        }
        dialog.showAndWait();
    }

    /**
     * The place of a difference in the user's language: {@code DEC · Q2 · probe 1 · kk} becomes, in
     * Russian, {@code DEC · вопрос 2 · уточнение 1 · Русский}. Codes stay as they are.
     */
    String place(String where) {
        return java.util.Arrays.stream(where.split(" · ")).map(this::part)
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    private String part(String part) {
        java.util.Optional<kz.suhbat.common.i18n.Language> language = kz.suhbat.common.i18n.Language.fromCode(part);
        if (language.isPresent() && part.length() == 2) {
            return language.get().nativeName();
        }
        if (part.matches("Q\\d+")) {
            return i18n.format("rubric.diff.part.question", part.substring(1));
        }
        String[] words = part.split(" ", 2);
        String key = "rubric.diff.part." + words[0];
        if (i18n.bundle().containsKey(key)) {
            return words.length == 1 ? i18n.get(key) : i18n.get(key) + " " + words[1];
        }
        return part;
    }

    private static TableColumn<Difference, String> wrapping(TableColumn<Difference, String> column) {
        column.setCellFactory(view -> new javafx.scene.control.TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(widthProperty().subtract(12));
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
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
