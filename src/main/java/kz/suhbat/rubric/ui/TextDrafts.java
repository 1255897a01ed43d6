package kz.suhbat.rubric.ui;

import kz.suhbat.common.i18n.LocalizedText;

/** Shared values of the drafts. */
final class TextDrafts {

    static final LocalizedText EMPTY = LocalizedText.of("", "", "");

    private TextDrafts() {
    }
}
