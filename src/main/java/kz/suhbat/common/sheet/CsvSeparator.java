package kz.suhbat.common.sheet;

import java.util.Locale;
import java.util.Optional;
import kz.suhbat.common.i18n.Language;

/**
 * The separator a CSV file is written with, and the decimal mark that goes with it: Excel on Kazakh and
 * Russian Windows splits a CSV file at semicolons and reads a decimal comma; Excel on English Windows
 * splits at commas and reads a decimal point.
 */
public enum CsvSeparator {
    SEMICOLON(';', ',', "semicolon"),
    COMMA(',', '.', "comma");

    private final char character;
    private final char decimalMark;
    private final String optionName;

    CsvSeparator(char character, char decimalMark, String optionName) {
        this.character = character;
        this.decimalMark = decimalMark;
        this.optionName = optionName;
    }

    public char character() {
        return character;
    }

    public char decimalMark() {
        return decimalMark;
    }

    /** How the separator is named on the command line: {@code semicolon} or {@code comma}. */
    public String optionName() {
        return optionName;
    }

    /** The separator Excel expects where {@code language} is the system's: a semicolon for Kazakh and Russian. */
    public static CsvSeparator defaultFor(Language language) {
        return language == Language.EN ? COMMA : SEMICOLON;
    }

    /** The separator named {@code name} ({@code semicolon} or {@code comma}, or the character itself). */
    public static Optional<CsvSeparator> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (CsvSeparator separator : values()) {
            if (separator.optionName.equals(wanted) || wanted.equals(String.valueOf(separator.character))) {
                return Optional.of(separator);
            }
        }
        return Optional.empty();
    }
}
