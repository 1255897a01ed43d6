package kz.suhbat.common.i18n;

import java.util.Objects;

/**
 * A text kept in Kazakh, Russian and English. A missing translation stays empty: it is never filled
 * silently with another language.
 */
public record LocalizedText(String kk, String ru, String en) {

    public LocalizedText {
        kk = kk == null ? "" : kk;
        ru = ru == null ? "" : ru;
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String kk, String ru, String en) {
        return new LocalizedText(kk, ru, en);
    }

    public String in(Language language) {
        Objects.requireNonNull(language, "language");
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }

    public boolean isMissingIn(Language language) {
        return in(language).isBlank();
    }

    /** How many of the three languages have no text. */
    public int missingCount() {
        int missing = 0;
        for (Language language : Language.values()) {
            if (isMissingIn(language)) {
                missing++;
            }
        }
        return missing;
    }
}
