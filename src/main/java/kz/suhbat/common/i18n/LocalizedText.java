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

    /** Only a Kazakh text (a name written in one language, the Russian still to be given). */
    public static LocalizedText kk(String text) {
        return new LocalizedText(text, "", "");
    }

    /** Only a Russian text (a name written in one language, the Kazakh still to be given). */
    public static LocalizedText ru(String text) {
        return new LocalizedText("", text, "");
    }

    /**
     * The text in {@code language}; while that language is still missing, the text in the other working
     * language (Russian for Kazakh and English, Kazakh for Russian), else whichever language has one.
     */
    public String inOrElse(Language language) {
        if (!isMissingIn(language)) {
            return in(language);
        }
        Language other = language == Language.RU ? Language.KK : Language.RU;
        if (!isMissingIn(other)) {
            return in(other);
        }
        return kk.isBlank() ? (ru.isBlank() ? en : ru) : kk;
    }

    /** The one text other offices know it by (exchange packages, key files): Kazakh, else Russian, else English. */
    public String primary() {
        return inOrElse(Language.KK);
    }

    /** The same texts without spaces at either end. */
    public LocalizedText stripped() {
        return new LocalizedText(kk.strip(), ru.strip(), en.strip());
    }

    /** Whether no working language (Kazakh, Russian) has a text: English alone names nothing in an office. */
    public boolean lacksWorkingLanguage() {
        return isMissingIn(Language.KK) && isMissingIn(Language.RU);
    }

    /** Whether a language's text is longer than {@code limit} characters. */
    public boolean longerThan(int limit) {
        return kk.length() > limit || ru.length() > limit || en.length() > limit;
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
