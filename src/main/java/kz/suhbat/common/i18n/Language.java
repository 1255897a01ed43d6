package kz.suhbat.common.i18n;

import java.util.Locale;
import java.util.Optional;

/** The three languages every text of Suhbat is kept in. Stored by {@link #code()}, never by ordinal. */
public enum Language {
    KK("kk", "Қазақша"),
    RU("ru", "Русский"),
    EN("en", "English");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    /** The language's name written in itself, as shown in the language switch. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
