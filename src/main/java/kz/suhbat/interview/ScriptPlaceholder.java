package kz.suhbat.interview;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.Language;

/**
 * What the guide fills in where a script names it in braces, e.g. {@code {candidate}}: the same names
 * in every language. A name in braces that is not one of these stays as written.
 */
public enum ScriptPlaceholder {
    CANDIDATE("candidate"),
    POST("post"),
    CAMPAIGN("campaign"),
    CHAIR("chair"),
    PANEL("panel");

    private final String name;

    ScriptPlaceholder(String name) {
        this.name = name;
    }

    /** The placeholder as written in a script. */
    public String token() {
        return "{" + name + "}";
    }

    /**
     * The values of the interview on screen: the candidate, their post and the campaign (named in
     * {@code language}), the chair, the raters.
     */
    public static Map<ScriptPlaceholder, String> valuesOf(InterviewGuide guide, Language language) {
        Map<ScriptPlaceholder, String> values = new EnumMap<>(ScriptPlaceholder.class);
        values.put(CANDIDATE, guide.candidate().fullName());
        values.put(POST, guide.candidate().postName(language));
        values.put(CAMPAIGN, guide.campaign().title(language));
        values.put(CHAIR, guide.raters().stream().filter(Rater::chair).map(Rater::fullName).findFirst().orElse(""));
        values.put(PANEL, guide.raters().stream().map(Rater::fullName).collect(Collectors.joining(", ")));
        return values;
    }

    /** The script with every placeholder replaced by its value. */
    public static String fill(String script, Map<ScriptPlaceholder, String> values) {
        String filled = script;
        for (Map.Entry<ScriptPlaceholder, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey().token(), value.getValue());
        }
        return filled;
    }
}
