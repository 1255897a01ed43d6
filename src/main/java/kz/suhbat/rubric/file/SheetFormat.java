package kz.suhbat.rubric.file;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a question bank sheet can be, told apart by the file name's extension. */
public enum SheetFormat {
    XLSX("xlsx"),
    CSV("csv");

    private final String extension;

    SheetFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<SheetFormat> of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (SheetFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
