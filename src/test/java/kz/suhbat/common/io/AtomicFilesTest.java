package kz.suhbat.common.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new file on a stick appears whole under its name or not at all, and never replaces another. */
class AtomicFilesTest {

    @TempDir
    Path stick;

    @Test
    void aNewFileAppearsWholeWithNothingLeftBeside() throws IOException {
        Path target = stick.resolve("package.suhbat");
        byte[] content = "сұхбат".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        AtomicFiles.writeNew(target, out -> out.write(content));

        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFileOfTheSameNameIsNeverReplaced() throws IOException {
        Path target = Files.writeString(stick.resolve("package.suhbat"), "the earlier package");

        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.writeNew(target, out -> out.write(new byte[] {1, 2, 3})));

        assertEquals("the earlier package", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aStickThatFillsUpHalfWayLeavesNeitherTheFileNorItsTemporaryCopy() throws IOException {
        Path target = stick.resolve("package.suhbat");

        IOException full = assertThrows(IOException.class, () -> AtomicFiles.writeNew(target, out -> {
            out.write(new byte[1 << 20]);
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", full.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listed = Files.list(stick)) {
            return listed.toList();
        }
    }
}
