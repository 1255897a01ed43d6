package kz.suhbat.training.ui.exercise;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.util.Duration;
import kz.suhbat.common.i18n.I18n;

/**
 * The recording of an exercise's answer, played inside Suhbat: play and pause, and the position, which can
 * be moved. The player is made only when the trainee first presses play; where this computer cannot play
 * the file, a sentence says so and the transcript serves.
 */
final class ExerciseMediaPane {

    private final Path file;
    private final I18n i18n;
    private final Button play = new Button();
    private final Slider position = new Slider(0, 1, 0);
    private final Label time = new Label("0:00");
    private final Label problem = new Label();
    private final MediaView view = new MediaView();
    private final VBox root;
    private MediaPlayer player;
    private boolean dragging;

    ExerciseMediaPane(Path file, I18n i18n) {
        this.file = file;
        this.i18n = i18n;
        play.setId("mediaPlay");
        play.setText(i18n.get("calibration.media.play"));
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setOnAction(e -> toggle());
        position.setId("mediaPosition");
        position.setDisable(true);
        position.valueChangingProperty().addListener((obs, was, changing) -> {
            dragging = changing;
            if (!changing) {
                seek();
            }
        });
        position.setOnMouseReleased(e -> seek());
        HBox.setHgrow(position, Priority.ALWAYS);
        time.setMinWidth(Region.USE_PREF_SIZE);
        problem.setId("mediaProblem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("error-text");
        kz.suhbat.common.ui.Nodes.show(false, problem, view);
        view.setPreserveRatio(true);
        view.setFitWidth(360);
        Label caption = new Label(i18n.format("calibration.media.caption", file.getFileName().toString()
                .replaceFirst("^\\d+-", "")));
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        HBox controls = new HBox(8, play, position, time);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(6, caption, view, controls, problem);
    }

    Node node() {
        return root;
    }

    private void toggle() {
        if (player == null && !create()) {
            return;
        }
        if (player.getStatus() == MediaPlayer.Status.PLAYING) {
            player.pause();
        } else {
            player.play();
        }
    }

    private boolean create() {
        try {
            Media media = new Media(file.toUri().toString());
            player = new MediaPlayer(media);
        } catch (MediaException | UnsupportedOperationException | IllegalStateException | LinkageError e) {
            unavailable();
            return false;
        }
        player.setOnError(this::unavailable);
        player.setOnPlaying(() -> play.setText(i18n.get("calibration.media.pause")));
        player.setOnPaused(() -> play.setText(i18n.get("calibration.media.play")));
        player.setOnEndOfMedia(() -> {
            player.stop();
            play.setText(i18n.get("calibration.media.play"));
        });
        player.setOnReady(() -> {
            position.setDisable(false);
            boolean video = player.getMedia().getWidth() > 0;
            if (video) {
                view.setMediaPlayer(player);
            }
            kz.suhbat.common.ui.Nodes.show(video, view);
        });
        player.currentTimeProperty().addListener((obs, old, now) -> {
            Duration total = player.getTotalDuration();
            if (!dragging && total != null && total.toMillis() > 0) {
                position.setValue(now.toMillis() / total.toMillis());
            }
            time.setText(clock(now) + (total == null || total.isUnknown() ? "" : " / " + clock(total)));
        });
        return true;
    }

    private void seek() {
        if (player != null && player.getTotalDuration() != null && !player.getTotalDuration().isUnknown()) {
            player.seek(player.getTotalDuration().multiply(position.getValue()));
        }
    }

    private void unavailable() {
        problem.setText(i18n.get("calibration.media.unavailable"));
        kz.suhbat.common.ui.Nodes.show(true, problem);
        play.setDisable(true);
        if (player != null) {
            player.dispose();
            player = null;
        }
    }

    /** Stops and lets go of the player, when the sheet is left. */
    void dispose() {
        if (player != null) {
            player.dispose();
            player = null;
        }
    }

    private static String clock(Duration duration) {
        long seconds = (long) duration.toSeconds();
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
