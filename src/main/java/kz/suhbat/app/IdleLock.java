package kz.suhbat.app;

import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the window after a time without keyboard or mouse input (the office's setting), so a signed-in
 * session is not left open on an unattended machine.
 */
final class IdleLock {

    private static final javafx.util.Duration CHECK_EVERY = javafx.util.Duration.seconds(5);

    private final LongSupplier nanoTime;
    private final Runnable onIdle;
    private final Timeline checks;
    private volatile long lastInput;
    private Duration limit;

    IdleLock(Scene scene, LongSupplier nanoTime, Runnable onIdle) {
        this.nanoTime = nanoTime;
        this.onIdle = onIdle;
        this.lastInput = nanoTime.getAsLong();
        scene.addEventFilter(InputEvent.ANY, this::touched);
        checks = new Timeline(new KeyFrame(CHECK_EVERY, event -> check()));
        checks.setCycleCount(Timeline.INDEFINITE);
    }

    void start(Duration idleLimit) {
        this.limit = idleLimit;
        lastInput = nanoTime.getAsLong();
        checks.play();
    }

    void stop() {
        checks.stop();
        limit = null;
    }

    void setLimit(Duration idleLimit) {
        if (limit != null) {
            limit = idleLimit;
        }
    }

    private void touched(Event event) {
        touch();
    }

    /** Counts input in another window of the session as well. */
    void watch(Scene other) {
        other.addEventFilter(InputEvent.ANY, this::touched);
    }

    /** Counts as input now. */
    void touch() {
        lastInput = nanoTime.getAsLong();
    }

    /** Locks when the limit has passed since the last input; returns whether it did. */
    boolean check() {
        Duration current = limit;
        if (current == null || nanoTime.getAsLong() - lastInput < current.toNanos()) {
            return false;
        }
        stop();
        onIdle.run();
        return true;
    }
}
