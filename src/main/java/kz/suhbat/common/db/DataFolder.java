package kz.suhbat.common.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Suhbat keeps its database, settings and logs.
 *
 * <ol>
 *   <li>{@code --data-dir DIR} wins;</li>
 *   <li>portable mode: a file named {@value #PORTABLE_MARKER} beside the application keeps the data in
 *       {@code data/} beside it (running from a USB stick);</li>
 *   <li>otherwise the operating system's convention: {@code $XDG_DATA_HOME/suhbat} (or
 *       {@code ~/.local/share/suhbat}) on Linux, {@code %APPDATA%\Suhbat} on Windows,
 *       {@code ~/Library/Application Support/Suhbat} on macOS.</li>
 * </ol>
 */
public record DataFolder(Path path, Kind kind) {

    public static final String PORTABLE_MARKER = "suhbat.portable";

    public enum Kind { EXPLICIT, PORTABLE, USER }

    public static DataFolder resolve(Optional<Path> explicit, Optional<Path> appHome,
                                     Map<String, String> env, String osName, Path userHome) {
        if (explicit.isPresent()) {
            return new DataFolder(explicit.get().toAbsolutePath().normalize(), Kind.EXPLICIT);
        }
        if (appHome.isPresent() && Files.isRegularFile(appHome.get().resolve(PORTABLE_MARKER))) {
            return new DataFolder(appHome.get().resolve("data").toAbsolutePath().normalize(), Kind.PORTABLE);
        }
        return new DataFolder(userFolder(env, osName, userHome), Kind.USER);
    }

    static Path userFolder(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = notBlank(appData) ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Suhbat");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Suhbat");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = notBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("suhbat");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    public Path database() {
        return path.resolve("db");
    }

    public Path backups() {
        return path.resolve("backups");
    }

    /** The calibration exercises' audio and video files. */
    public Path trainingMedia() {
        return path.resolve("training-media");
    }

    public Path logs() {
        return path.resolve("logs");
    }

    public Path settingsFile() {
        return path.resolve("settings.properties");
    }

    public Path lockFile() {
        return path.resolve("suhbat.lock");
    }
}
