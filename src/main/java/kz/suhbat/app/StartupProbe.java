package kz.suhbat.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * For the start-up benchmark, the class-data archive and the installer's smoke test: with
 * {@code -Dsuhbat.startupProbe=print} Suhbat prints {@value #WINDOW} on the first frame of its window
 * and {@value #READY} on the first frame of the first screen a person can use (the sign-in, or the
 * set-up form on a first start); with {@code =exit} it then closes normally as well.
 */
final class StartupProbe {

    static final String READY = "SUHBAT_READY";
    static final String WINDOW = "SUHBAT_WINDOW";
    private static final String PROPERTY = "suhbat.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Call once the window is shown; prints {@value #WINDOW} on its first frame. */
    static void windowShown(Scene scene) {
        if (enabled()) {
            onNextFrame(scene, () -> {
                System.out.println(WINDOW);
                System.out.flush();
            });
        }
    }

    private static void onNextFrame(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Call once the first usable screen is in place; reports on the next rendered frame. */
    static void contentShown(Scene scene, Stage stage) {
        if (!enabled()) {
            return;
        }
        onNextFrame(scene, () -> {
            System.out.println(READY);
            System.out.flush();
            if ("exit".equals(System.getProperty(PROPERTY))) {
                PauseTransition pause = new PauseTransition(Duration.millis(50));
                pause.setOnFinished(event -> stage.hide());
                pause.play();
            }
        });
    }
}
