package kz.suhbat.rubric.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.rubric.Framework;

/** Rubric files on disk, for the window and the command line alike. */
public final class RubricFiles {

    private final RubricJson json = new RubricJson();

    /**
     * Writes {@code framework} to {@code target} as a rubric file, but only when the file could be
     * imported again (for example, not while a translation is missing); the file appears whole or not at all.
     */
    public void export(Framework framework, Path target) throws IOException, RubricFileException {
        byte[] bytes = checkedBytes(framework);
        AtomicFiles.write(target, stream -> stream.write(bytes));
    }

    /** The rubric file of {@code framework}, checked to read back, or every reason it would not. */
    public byte[] checkedBytes(Framework framework) throws RubricFileException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            json.write(framework, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        json.read(new ByteArrayInputStream(bytes.toByteArray()));
        return bytes.toByteArray();
    }

    public Framework read(Path file) throws IOException, RubricFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return json.read(in);
        }
    }
}
