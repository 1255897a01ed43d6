package kz.suhbat.app;

import javafx.animation.PauseTransition;
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
            NextFrame.run(scene, () -> {
                System.out.println(WINDOW);
                System.out.flush();
            });
        }
    }

    /** Call once the first usable screen is in place; reports on the next rendered frame. */
    static void contentShown(Scene scene, Stage stage) {
        if (!enabled()) {
            return;
        }
        NextFrame.run(scene, () -> {
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
