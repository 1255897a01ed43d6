package kz.suhbat.common.ui;

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

    /** What a table says while it has no rows ("No candidates yet."), in the user's language. */
    public static void whenEmpty(TableView<?> table, String text) {
        Label empty = new Label(text);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
    }
}
