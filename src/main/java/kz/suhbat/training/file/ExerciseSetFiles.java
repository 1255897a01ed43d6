package kz.suhbat.training.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.training.ExerciseSet;

/** Exercise set files on disk, checked on the way out as strictly as on the way in. */
public final class ExerciseSetFiles {

    private final ExerciseSetJson json = new ExerciseSetJson();

    /**
     * Writes {@code set} to {@code target} as an exercise set file, but only when the file could be read
     * again against {@code framework}; the file appears whole or not at all.
     */
    public void export(ExerciseSet set, Framework framework, Path target) throws IOException, RubricFileException {
        byte[] bytes = checkedBytes(set, framework);
        AtomicFiles.write(target, stream -> stream.write(bytes));
    }

    /** The file of {@code set}, checked to read back against {@code framework}, or every reason it would not. */
    public byte[] checkedBytes(ExerciseSet set, Framework framework) throws RubricFileException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            json.write(set, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        json.read(new ByteArrayInputStream(bytes.toByteArray()), framework);
        return bytes.toByteArray();
    }

    public ExerciseSet read(Path file, Framework framework) throws IOException, RubricFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return json.read(in, framework);
        }
    }
}
