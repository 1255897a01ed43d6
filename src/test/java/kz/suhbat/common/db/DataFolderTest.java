package kz.suhbat.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/aigerim");

    @TempDir
    Path temp;

    @Test
    void linuxFollowsXdg() {
        assertEquals(Path.of("/data/xdg/suhbat"), DataFolder.resolve(Optional.empty(), Optional.empty(),
                Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME).path());
        assertEquals(HOME.resolve(".local/share/suhbat"), DataFolder.resolve(Optional.empty(), Optional.empty(),
                Map.of(), "Linux", HOME).path());
    }

    @Test
    void windowsUsesAppData() {
        DataFolder folder = DataFolder.resolve(Optional.empty(), Optional.empty(),
                Map.of("APPDATA", "/users/aigerim/AppData/Roaming"), "Windows 11", HOME);
        assertEquals(Path.of("/users/aigerim/AppData/Roaming/Suhbat"), folder.path());
        assertEquals(DataFolder.Kind.USER, folder.kind());
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(HOME.resolve("Library/Application Support/Suhbat"), DataFolder.resolve(Optional.empty(),
                Optional.empty(), Map.of(), "Mac OS X", HOME).path());
    }

    @Test
    void aMarkerBesideTheApplicationKeepsDataOnTheStick() throws IOException {
        Path stick = Files.createDirectories(temp.resolve("stick/Suhbat"));
        Files.createFile(stick.resolve(DataFolder.PORTABLE_MARKER));
        DataFolder folder = DataFolder.resolve(Optional.empty(), Optional.of(stick), Map.of(), "Windows 10", HOME);
        assertEquals(stick.resolve("data"), folder.path());
        assertEquals(DataFolder.Kind.PORTABLE, folder.kind());
    }

    @Test
    void dataDirWinsOverEverything() throws IOException {
        Path stick = Files.createDirectories(temp.resolve("stick"));
        Files.createFile(stick.resolve(DataFolder.PORTABLE_MARKER));
        DataFolder folder = DataFolder.resolve(Optional.of(temp.resolve("mine")), Optional.of(stick),
                Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);
        assertEquals(temp.resolve("mine"), folder.path());
        assertEquals(DataFolder.Kind.EXPLICIT, folder.kind());
    }
}
