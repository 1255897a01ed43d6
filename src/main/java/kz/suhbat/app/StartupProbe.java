package kz.suhbat.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * For the start-up benchmark and the class-data archive: with {@code -Dsuhbat.startupProbe=print} Suhbat
 * prints {@value #READY} on the first frame in which the main window shows the framework; with
 * {@code =exit} it then closes normally as well.
 */
final class StartupProbe {

    static final String READY = "SUHBAT_READY";
    private static final String PROPERTY = "suhbat.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Call once the main window's content is in place; reports on the next rendered frame. */
    static void contentShown(Scene scene, Stage stage) {
        if (!enabled()) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println(READY);
            System.out.flush();
            if ("exit".equals(System.getProperty(PROPERTY))) {
                PauseTransition pause = new PauseTransition(Duration.millis(50));
                pause.setOnFinished(event -> stage.hide());
                pause.play();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
