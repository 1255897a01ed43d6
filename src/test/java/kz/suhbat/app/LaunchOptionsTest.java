package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.db.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {

    @TempDir
    Path temp;

    @Test
    void readsTheDataFolderAndTheInstallationCheck() {
        LaunchOptions options = LaunchOptions.parse(List.of("--data-dir", "/media/stick/data", "--exit-when-ready"));
        assertEquals(Optional.of(Path.of("/media/stick/data")), options.dataDir());
        assertTrue(options.exitWhenReady());
        assertEquals(Optional.of(Path.of("x")), LaunchOptions.parse(List.of("--data-dir=x")).dataDir());
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--data-dir")));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--colour", "red")));
    }

    @Test
    void anUnzippedImageWithTheMarkerKeepsItsDataBesideIt() throws IOException {
        Path app = Files.createDirectories(temp.resolve("stick/Suhbat/bin")).getParent();
        Files.createFile(app.resolve(DataFolder.PORTABLE_MARKER));
        String before = System.getProperty("jpackage.app-path");
        System.setProperty("jpackage.app-path", app.resolve("bin/Suhbat").toString());
        try {
            DataFolder folder = AppHome.dataFolder(Optional.empty());
            assertEquals(DataFolder.Kind.PORTABLE, folder.kind());
            assertEquals(app.resolve("data"), folder.path());
        } finally {
            if (before == null) {
                System.clearProperty("jpackage.app-path");
            } else {
                System.setProperty("jpackage.app-path", before);
            }
        }
    }
}
