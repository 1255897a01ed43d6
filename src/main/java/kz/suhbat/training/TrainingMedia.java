package kz.suhbat.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The exercises' audio and video files, kept in the data folder's {@code training-media} folder as
 * {@code <exercise id>-<file name>}: training material, played inside Suhbat, never a candidate's data.
 */
public final class TrainingMedia {

    private final Path folder;

    public TrainingMedia(Path folder) {
        this.folder = folder;
    }

    /** Copies {@code source} in for the exercise, whole or not at all. */
    void store(long exerciseId, Path source) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(exerciseId + "-" + source.getFileName());
            Path partial = Files.createTempFile(folder, "media", ".part");
            try {
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Path> find(StoredExercise exercise) {
        return exercise.exercise().media().map(name -> folder.resolve(exercise.id() + "-" + name))
                .filter(Files::isRegularFile);
    }
}
