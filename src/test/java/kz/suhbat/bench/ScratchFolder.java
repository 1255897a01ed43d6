package kz.suhbat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A benchmark's working folder: made new under a parent (by default the temporary folder), removed after. */
final class ScratchFolder {

    /** What runs in the folder. */
    @FunctionalInterface
    interface Work {
        void run(Path folder) throws Exception;
    }

    private ScratchFolder() {
    }

    /**
     * Runs {@code work} in a new folder named after {@code prefix} under {@code parent} (null: the
     * temporary folder).
     */
    static void use(String parent, String prefix, Work work) throws Exception {
        Path under = parent != null ? Path.of(parent) : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(under);
        Path folder = Files.createTempDirectory(under, prefix);
        try {
            work.run(folder);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not remove " + folder + ": " + e.getMessage());
            }
        }
    }
}
