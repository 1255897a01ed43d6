package kz.suhbat.common.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Small things every view does with its nodes. */
public final class Nodes {

    private Nodes() {
    }

    /** Shows or hides {@code nodes}; hidden ones take no room. */
    public static void show(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }

    /** {@code label} shows {@code text}, and takes room only while there is some. */
    public static void showWhileText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** What a table says while it has no rows ("No candidates yet."), in the user's language. */
    public static void whenEmpty(TableView<?> table, String text) {
        Label empty = new Label(text);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
    }
}
