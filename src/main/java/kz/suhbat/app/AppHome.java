package kz.suhbat.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.Language;

/**
 * Where this installation of Suhbat keeps its data and which language it starts in before the user has
 * chosen one; shared by the window and the command line so both find the same data folder.
 */
final class AppHome {

    private AppHome() {
    }

    /** The data folder: {@code explicit} when given, else portable mode or the operating system's place. */
    static DataFolder dataFolder(Optional<Path> explicit) {
        return DataFolder.resolve(explicit, applicationHome(), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** The language of a first start: the system's when it is Kazakh or Russian, else Russian. */
    static Language defaultLanguage() {
        return firstStartLanguage(Locale.getDefault());
    }

    static Language firstStartLanguage(Locale system) {
        return Language.fromCode(system.getLanguage()).filter(l -> l != Language.EN).orElse(Language.RU);
    }

    /**
     * The folder Suhbat runs from, for portable mode: the application folder of an installed or unzipped
     * image (the one holding {@code bin/} and {@code lib/}), else the folder of the jar (or classes folder).
     */
    private static Optional<Path> applicationHome() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            Path bin = Path.of(launcher).toAbsolutePath().getParent();
            if (bin != null && bin.getParent() != null) {
                return Optional.of(bin.getParent());
            }
        }
        try {
            Path location = Path.of(AppHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(location) ? location : location.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
