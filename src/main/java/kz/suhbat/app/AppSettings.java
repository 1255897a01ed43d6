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
 * The user's preferences on this computer (language, text size, high contrast), kept in the data folder so they are
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
    private volatile boolean highContrast;

    private AppSettings(Path file, Language language, int textSize, boolean highContrast) {
        this.file = file;
        this.language = language;
        this.textSize = textSize;
        this.highContrast = highContrast;
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
        boolean highContrast = Boolean.parseBoolean(properties.getProperty("highContrast", "false").trim());
        return new AppSettings(file, language, textSize, highContrast);
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

    boolean highContrast() {
        return highContrast;
    }

    void setHighContrast(boolean highContrast) {
        this.highContrast = highContrast;
    }

    void setTextSize(int textSize) {
        this.textSize = clampTextSize(textSize);
    }

    /** Writes the settings; call from a background thread. */
    synchronized void save() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("language", language.code());
        properties.setProperty("textSize", Integer.toString(textSize));
        properties.setProperty("highContrast", Boolean.toString(highContrast));
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Suhbat settings");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
