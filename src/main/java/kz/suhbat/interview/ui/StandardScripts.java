package kz.suhbat.interview.ui;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.interview.GuideScripts;

/** The built-in opening and closing scripts, kept in the message bundles of the three languages. */
final class StandardScripts {

    private StandardScripts() {
    }

    static String key(GuideScripts.Kind kind) {
        return "guideScripts.standard." + kind.name();
    }

    static LocalizedText of(GuideScripts.Kind kind) {
        return LocalizedText.of(text(kind, Language.KK), text(kind, Language.RU), text(kind, Language.EN));
    }

    private static String text(GuideScripts.Kind kind, Language language) {
        return I18n.bundleFor(language).getString(key(kind));
    }
}
