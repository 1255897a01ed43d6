package kz.suhbat.interview.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
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
