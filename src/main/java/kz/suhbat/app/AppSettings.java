package kz.suhbat.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import kz.suhbat.common.i18n.Language;

/**
 * The user's preferences on this computer (language, text size), kept in the data folder so they are
 * known before the database opens. Written to a temporary file and moved into place, so a crash never
 * leaves half a file.
 */
final class AppSettings {

    static final int DEFAULT_TEXT_SIZE = 14;
    static final int MIN_TEXT_SIZE = 11;
    static final int MAX_TEXT_SIZE = 28;

    private final Path file;
    private volatile Language language;
    private volatile int textSize;

    private AppSettings(Path file, Language language, int textSize) {
        this.file = file;
        this.language = language;
        this.textSize = textSize;
    }

    static AppSettings load(Path file, Language fallback) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                properties.clear();
            }
        }
        Language language = Language.fromCode(properties.getProperty("language")).orElse(fallback);
        int textSize = clampTextSize(parseInt(properties.getProperty("textSize"), DEFAULT_TEXT_SIZE));
        return new AppSettings(file, language, textSize);
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static int clampTextSize(int size) {
        return Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, size));
    }

    Language language() {
        return language;
    }

    int textSize() {
        return textSize;
    }

    void setLanguage(Language language) {
        this.language = language;
    }

    void setTextSize(int textSize) {
        this.textSize = clampTextSize(textSize);
    }

    /** Writes the settings; call from a background thread. */
    synchronized void save() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("language", language.code());
        properties.setProperty("textSize", Integer.toString(textSize));
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Suhbat settings");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
