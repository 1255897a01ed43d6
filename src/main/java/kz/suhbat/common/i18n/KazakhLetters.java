package kz.suhbat.common.i18n;

import java.util.regex.Pattern;

/**
 * Tells Kazakh text from Russian by the letters only the Kazakh Cyrillic alphabet has
 * (ә ғ қ ң ө ұ ү һ і): a name written in one language is kept as that language.
 */
public final class KazakhLetters {

    private static final Pattern KAZAKH = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

    private KazakhLetters() {
    }

    public static boolean appearIn(String text) {
        return text != null && KAZAKH.matcher(text).find();
    }

    /** {@code text} as Kazakh when it has a Kazakh letter, otherwise as Russian; the rest left empty. */
    public static LocalizedText sorted(String text) {
        String kept = text == null ? "" : text.strip();
        return appearIn(kept) ? LocalizedText.of(kept, "", "") : LocalizedText.of("", kept, "");
    }
}
