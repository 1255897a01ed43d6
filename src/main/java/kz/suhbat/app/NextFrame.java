package kz.suhbat.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once, on the JavaFX thread, right after the next frame of a scene has been laid out. */
final class NextFrame {

    private NextFrame() {
    }

    static void run(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
