package kz.suhbat.interview;

import java.util.Arrays;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * The office's own wording of the guide's opening and closing scripts, in Kazakh, Russian and English.
 * A language left empty follows the built-in text. The texts may hold {@link ScriptPlaceholder}s.
 */
public record GuideScripts(LocalizedText opening, LocalizedText closing) {

    /** The longest text of one script in one language. */
    public static final int MAX_LENGTH = 8000;

    /** Which script. */
    public enum Kind { OPENING, CLOSING }

    /** An office that has not written its own scripts: the guide uses the built-in ones. */
    public static final GuideScripts BUILT_IN = new GuideScripts(LocalizedText.of("", "", ""),
            LocalizedText.of("", "", ""));

    public GuideScripts {
        opening = stripped(opening);
        closing = stripped(closing);
        if (!fits(opening) || !fits(closing)) {
            throw new IllegalArgumentException("A script is longer than " + MAX_LENGTH + " characters");
        }
    }

    private static LocalizedText stripped(LocalizedText text) {
        return text == null ? LocalizedText.of("", "", "")
                : LocalizedText.of(text.kk().strip(), text.ru().strip(), text.en().strip());
    }

    /** Whether every language of the text is within {@link #MAX_LENGTH}. */
    public static boolean fits(LocalizedText text) {
        return Arrays.stream(Language.values()).allMatch(l -> text.in(l).length() <= MAX_LENGTH);
    }

    public LocalizedText script(Kind kind) {
        return kind == Kind.OPENING ? opening : closing;
    }

    public GuideScripts with(Kind kind, LocalizedText text) {
        return kind == Kind.OPENING ? new GuideScripts(text, closing) : new GuideScripts(opening, text);
    }
}
