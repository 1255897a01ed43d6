package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window locks after the idle time, and any keyboard or mouse input starts the time again. */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger locks = new AtomicInteger();
    private IdleLock lock;
    private TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        Scene scene = new Scene(field, 300, 100);
        lock = new IdleLock(scene, now::get, locks::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    private void pass(Duration time) {
        now.addAndGet(time.toNanos());
    }

    @Test
    void itLocksOnceTheIdleTimeHasPassedAndNotBefore(FxRobot robot) {
        robot.interact(() -> lock.start(Duration.ofMinutes(10)));
        pass(Duration.ofMinutes(9));
        robot.interact(lock::check);
        assertEquals(0, locks.get());
        pass(Duration.ofMinutes(1));
        robot.interact(lock::check);
        assertEquals(1, locks.get());
        robot.interact(lock::check);
        assertEquals(1, locks.get(), "once locked, it stops counting until started again");
    }

    @Test
    void typingStartsTheTimeAgain(FxRobot robot) {
        robot.interact(() -> lock.start(Duration.ofMinutes(10)));
        pass(Duration.ofMinutes(9));
        robot.interact(() -> field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, false,
                false, false)));
        pass(Duration.ofMinutes(9));
        robot.interact(lock::check);
        assertEquals(0, locks.get(), "nine minutes since the last key");
        robot.interact(() -> lock.setLimit(Duration.ofMinutes(5)));
        robot.interact(lock::check);
        assertEquals(1, locks.get(), "a shorter limit set by the administrator applies at once");
    }
}
