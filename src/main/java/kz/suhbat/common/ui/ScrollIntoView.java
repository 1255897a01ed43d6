package kz.suhbat.common.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a pane just enough that one of its nodes is wholly in view (its top first when it is taller). */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    /** After the next layout, brings {@code node}, somewhere inside {@code scroll}'s content, into view. */
    public static void show(ScrollPane scroll, Node node) {
        Platform.runLater(() -> scroll(scroll, node));
    }

    private static void scroll(ScrollPane scroll, Node node) {
        if (scroll.getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || node.getScene() == null) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (bounds.getMinY() < top) {
            target = bounds.getMinY();
        } else if (bounds.getMaxY() > top + viewport) {
            target = Math.min(bounds.getMinY(), bounds.getMaxY() - viewport);
        }
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }
}
