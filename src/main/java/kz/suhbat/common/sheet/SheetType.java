package kz.suhbat.common.sheet;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of sheet file that can be read, told apart by the file name's extension. */
public enum SheetType {
    XLSX("xlsx"),
    CSV("csv");

    private final String extension;

    SheetType(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The kind of {@code file}, from its extension in any letter case; empty for any other file. */
    public static Optional<SheetType> of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (SheetType type : values()) {
            if (lower.endsWith("." + type.extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The sheet in {@code bytes}, read as this kind of file. */
    public SheetTable read(byte[] bytes) throws SheetException {
        return this == XLSX ? XlsxSheet.read(bytes) : CsvSheet.read(bytes);
    }
}
