package kz.suhbat.rubric.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Small building blocks shared by the editor's forms. */
final class FormRows {

    private FormRows() {
    }

    static VBox labelled(String caption, Node field) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(field);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return new VBox(4, label, field);
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-heading");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
