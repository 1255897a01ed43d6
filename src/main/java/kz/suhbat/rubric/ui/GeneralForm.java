package kz.suhbat.rubric.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.TrilingualField;

/** The framework's code, name, description and rating scale. */
final class GeneralForm {

    private final I18n i18n;

    GeneralForm(I18n i18n) {
        this.i18n = i18n;
    }

    void build(VBox box, FrameworkDraft draft, boolean codeEditable) {
        TextField code = new TextField();
        code.setId("frameworkCode");
        code.textProperty().bindBidirectional(draft.code);
        code.setEditable(codeEditable);
        code.setMaxWidth(320);
        TrilingualField name = new TrilingualField("frameworkName", false);
        name.valueProperty().bindBidirectional(draft.name);
        TrilingualField description = new TrilingualField("frameworkDescription", true);
        description.valueProperty().bindBidirectional(draft.description);

        VBox levels = new VBox(10);
        levels.setId("scaleLevels");
        HBox presets = new HBox(8, FormRows.hint(i18n.get("rubric.editor.scalePreset")),
                preset("1–5", draft, 1, 5, levels), preset("1–7", draft, 1, 7, levels),
                preset("0–4", draft, 0, 4, levels));
        presets.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        showLevels(levels, draft);
        box.getChildren().setAll(
                FormRows.labelled(i18n.get("rubric.editor.code"), code),
                FormRows.labelled(i18n.get("rubric.editor.name"), name),
                FormRows.labelled(i18n.get("rubric.editor.description"), description),
                FormRows.heading(i18n.get("rubric.tab.scale")),
                presets,
                levels);
    }

    private Button preset(String text, FrameworkDraft draft, int lowest, int highest, VBox levels) {
        Button button = new Button(text);
        button.setId("scale-" + lowest + "-" + highest);
        button.setOnAction(event -> {
            draft.useScale(lowest, highest);
            showLevels(levels, draft);
        });
        return button;
    }

    private void showLevels(VBox levels, FrameworkDraft draft) {
        levels.getChildren().clear();
        for (LevelDraft level : draft.levels) {
            levels.getChildren().add(levelRow(level));
        }
    }

    private Node levelRow(LevelDraft level) {
        Label number = new Label(Integer.toString(level.level()));
        number.getStyleClass().add("level-number");
        number.setMinWidth(40);
        TrilingualField label = new TrilingualField("levelLabel" + level.level(), false);
        label.valueProperty().bindBidirectional(level.label);
        TrilingualField descriptor = new TrilingualField("levelDescriptor" + level.level(), true);
        descriptor.valueProperty().bindBidirectional(level.descriptor);
        VBox texts = new VBox(6, FormRows.labelled(i18n.get("rubric.editor.levelLabel"), label),
                FormRows.labelled(i18n.get("rubric.editor.levelDescriptor"), descriptor));
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(12, number, texts);
        row.getStyleClass().add("card");
        return row;
    }
}
