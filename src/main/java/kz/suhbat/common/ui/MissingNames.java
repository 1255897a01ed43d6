package kz.suhbat.common.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * Asks for the working language a form's names still lack: one line for Kazakh and one for Russian,
 * each naming what is missing (the title, a post…) and what protocols print until it is written.
 * A name given in neither working language is left out: the form's own check refuses it.
 */
public final class MissingNames {

    private static final List<Language> WORKING = List.of(Language.KK, Language.RU);

    private final Map<String, LocalizedText> names = new LinkedHashMap<>();

    /** Adds a name, described by {@code what} in the user's language (e.g. "the title"). */
    public MissingNames add(String what, LocalizedText name) {
        if (name != null && !name.lacksWorkingLanguage()) {
            names.put(what, name);
        }
        return this;
    }

    /** The request for each working language some name lacks, one per line; empty when none lacks one. */
    public String text(I18n i18n) {
        List<String> lines = new ArrayList<>();
        for (Language language : WORKING) {
            List<String> lacking = names.entrySet().stream().filter(e -> e.getValue().isMissingIn(language))
                    .map(Map.Entry::getKey).toList();
            if (!lacking.isEmpty()) {
                lines.add(i18n.format("names.missing." + language.name(), String.join(", ", lacking)));
            }
        }
        return String.join("\n", lines);
    }
}
