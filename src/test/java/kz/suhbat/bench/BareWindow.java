package kz.suhbat.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark: a bare JavaFX window with one label, started the same way
 * as Suhbat (a plain main class, JavaFX on the class path), printing the same line on its first frame.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("Suhbat")), 1280, 720);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("SUHBAT_READY");
                System.out.flush();
                if ("exit".equals(System.getProperty("suhbat.startupProbe"))) {
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setScene(scene);
            stage.show();
        });
    }
}
