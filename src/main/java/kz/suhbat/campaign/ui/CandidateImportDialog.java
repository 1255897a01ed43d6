package kz.suhbat.campaign.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import kz.suhbat.campaign.file.CandidateField;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogButtons;
import kz.suhbat.common.ui.EnumCell;

/**
 * The column-mapping step of an import: each column of the file with a sample of its values, and the
 * field it goes into (or none). Suhbat's guess is preselected; the secretary confirms or corrects it.
 */
final class CandidateImportDialog {

    private CandidateImportDialog() {
    }

    static Optional<Map<Integer, CandidateField>> ask(Window owner, CandidateImportViewModel.Pending pending,
                                                      I18n i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("candidate.import"));
        dialog.setResizable(true);
        DialogButtons buttons = new DialogButtons(i18n);
        ButtonType importButton = buttons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(importButton, buttons.cancel());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, caption(i18n.get("candidate.importColumn")), caption(i18n.get("candidate.importField")),
                caption(i18n.get("candidate.importSample")));
        List<String> header = pending.sheet().header();
        Map<Integer, ComboBox<CandidateField>> choices = new HashMap<>();
        for (int column = 0; column < header.size(); column++) {
            ComboBox<CandidateField> field = new ComboBox<>();
            field.getItems().add(null);
            field.getItems().addAll(CandidateField.values());
            field.setCellFactory(list -> new FieldCell(i18n));
            field.setButtonCell(new FieldCell(i18n));
            field.setValue(pending.suggested().get(column));
            field.setId("mapping-" + column);
            choices.put(column, field);
            Label sample = new Label(String.join(" · ", pending.sheet().sample(column, 2)));
            sample.getStyleClass().add("muted");
            grid.addRow(column + 1, new Label(header.get(column)), field, sample);
        }
        Label note = new Label(i18n.format("candidate.importNote", pending.file().getFileName(),
                pending.sheet().rowCount()));
        note.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox content = new VBox(12, note, scroll);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(780);
        dialog.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return dialog.showAndWait().filter(importButton::equals).map(pressed -> {
            Map<Integer, CandidateField> mapping = new HashMap<>();
            choices.forEach((column, box) -> {
                if (box.getValue() != null) {
                    mapping.put(column, box.getValue());
                }
            });
            return mapping;
        });
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static final class FieldCell extends EnumCell<CandidateField> {
        private final I18n i18n;

        FieldCell(I18n i18n) {
            super(i18n, "candidate.field.");
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(CandidateField item, boolean empty) {
            super.updateItem(item, empty);
            if (!empty && item == null) {
                setText(i18n.get("candidate.importSkip"));
            }
        }
    }
}
