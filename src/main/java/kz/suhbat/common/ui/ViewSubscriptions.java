package kz.suhbat.common.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * A view's listeners on its view model, which outlives it (a language switch loads every view anew):
 * they are removed when the view's root leaves the window, so a replaced view stops reacting.
 */
public final class ViewSubscriptions {

    private final List<Runnable> removals = new ArrayList<>();

    /**
     * Removes every listener once {@code root}, having been shown, is out of its scene for good. "For
     * good" is checked a moment later: a node can leave and rejoin a scene within one event (ControlsFX
     * does so when it wraps the scene's root for its decorations).
     */
    public ViewSubscriptions(Node root) {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null && scene == null) {
                Platform.runLater(() -> {
                    if (root.getScene() == null) {
                        removals.forEach(Runnable::run);
                        removals.clear();
                    }
                });
            }
        });
    }

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
    }
}
