package kz.suhbat.interview.ui;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.ui.ScrollIntoView;
import kz.suhbat.common.ui.Nodes;

/**
 * What the deliberation and the decision steps share: until every sheet is in, they say how many are
 * (F5 checks again); after, they show their content, scrolling.
 */
final class RevealFrame {

    static final List<Shortcut> WAITING_KEYS = List.of(new Shortcut("F5", "shortcut.refresh"));

    private final DeliberationViewModel viewModel;
    private final Label waiting = new Label();
    private final Node content;
    private final VBox root = new VBox(12);

    RevealFrame(DeliberationViewModel viewModel, Node content) {
        this.viewModel = viewModel;
        this.content = content;
        waiting.getStyleClass().add("guide-competency");
        waiting.setWrapText(true);
        waiting.textProperty().bind(viewModel.waitingProperty());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(waiting, scroll);
        root.setPadding(new Insets(16));
        // The pane follows the keyboard: a field or row that takes the focus is scrolled into view.
        ChangeListener<Node> follow = (obs, was, now) -> {
            if (now != null && inside(now)) {
                ScrollIntoView.show(scroll, now);
            }
        };
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
    }

    private boolean inside(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == content) {
                return true;
            }
        }
        return false;
    }

    VBox root() {
        return root;
    }

    /** Shows the waiting line or the content; whether the scores are revealed. */
    boolean show() {
        boolean revealed = viewModel.deliberationProperty().get() != null;
        Nodes.show(!revealed, waiting);
        Nodes.show(revealed, content);
        return revealed;
    }

    /** F5 asks again whether every sheet is in. */
    boolean keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.F5) {
            viewModel.refresh();
            return true;
        }
        return false;
    }
}
