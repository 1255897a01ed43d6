package kz.suhbat.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/** What changed from one framework version to another, text by text and language by language. */
public final class FrameworkComparison {

    private final List<Difference> differences = new ArrayList<>();

    private FrameworkComparison() {
    }

    public static List<Difference> compare(Framework before, Framework after) {
        FrameworkComparison comparison = new FrameworkComparison();
        comparison.text("name", before.name(), after.name());
        comparison.text("description", before.description(), after.description());
        comparison.scale(before.scale(), after.scale());
        comparison.competencies(before.competencies(), after.competencies());
        comparison.profiles(before.profiles(), after.profiles());
        return List.copyOf(comparison.differences);
    }

    private void text(String where, LocalizedText before, LocalizedText after) {
        for (Language language : Language.values()) {
            value(where + " · " + language.code(), before == null ? null : before.in(language),
                    after == null ? null : after.in(language));
        }
    }

    private void value(String where, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Difference.Kind kind = before == null ? Difference.Kind.ADDED
                : after == null ? Difference.Kind.REMOVED : Difference.Kind.CHANGED;
        differences.add(new Difference(where, kind, before == null ? "" : before, after == null ? "" : after));
    }

    private void scale(RatingScale before, RatingScale after) {
        Map<Integer, ScaleLevel> old = before.levels().stream().collect(Collectors.toMap(ScaleLevel::level, l -> l));
        Map<Integer, ScaleLevel> now = after.levels().stream().collect(Collectors.toMap(ScaleLevel::level, l -> l));
        int lowest = Math.min(before.lowest(), after.lowest());
        int highest = Math.max(before.highest(), after.highest());
        for (int level = lowest; level <= highest; level++) {
            ScaleLevel was = old.get(level);
            ScaleLevel is = now.get(level);
            String where = "scale " + level;
            if (was == null || is == null) {
                value(where, was == null ? null : was.label().en(), is == null ? null : is.label().en());
                continue;
            }
            text(where + " · label", was.label(), is.label());
            text(where + " · descriptor", was.descriptor(), is.descriptor());
        }
    }

    private void competencies(List<Competency> before, List<Competency> after) {
        Map<String, Competency> old = byCode(before, Competency::code);
        Map<String, Competency> now = byCode(after, Competency::code);
        for (Competency competency : before) {
            if (!now.containsKey(competency.code())) {
                value(competency.code(), competency.name().en(), null);
            }
        }
        for (Competency competency : after) {
            Competency was = old.get(competency.code());
            if (was == null) {
                value(competency.code(), null, competency.name().en());
                continue;
            }
            String code = competency.code();
            text(code + " · name", was.name(), competency.name());
            text(code + " · definition", was.definition(), competency.definition());
            value(code + " · posts", was.postGroups() + " " + was.corps(),
                    competency.postGroups() + " " + competency.corps());
            indicators(code, was.indicators(), competency.indicators());
            questions(code, was.questions(), competency.questions());
        }
    }

    private void indicators(String code, List<Indicator> before, List<Indicator> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            Indicator was = i < before.size() ? before.get(i) : null;
            Indicator is = i < after.size() ? after.get(i) : null;
            String where = code + " · indicator " + (i + 1);
            if (was == null || is == null) {
                value(where, was == null ? null : describe(was), is == null ? null : describe(is));
            } else {
                value(where + " · level", describe(was), describe(is));
                text(where, was.text(), is.text());
            }
        }
    }

    private static String describe(Indicator indicator) {
        return indicator.level() + " " + indicator.polarity().name().toLowerCase(java.util.Locale.ROOT);
    }

    private void questions(String code, List<Question> before, List<Question> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            Question was = i < before.size() ? before.get(i) : null;
            Question is = i < after.size() ? after.get(i) : null;
            String where = code + " · Q" + (i + 1);
            if (was == null || is == null) {
                value(where, was == null ? null : was.text().en(), is == null ? null : is.text().en());
                continue;
            }
            value(where + " · kind", was.kind().name(), is.kind().name());
            value(where + " · minutes", Integer.toString(was.suggestedMinutes()),
                    Integer.toString(is.suggestedMinutes()));
            value(where + " · levels", was.revealsLevels().toString(), is.revealsLevels().toString());
            text(where, was.text(), is.text());
            for (int p = 0; p < Math.max(was.probes().size(), is.probes().size()); p++) {
                text(where + " · probe " + (p + 1), p < was.probes().size() ? was.probes().get(p) : null,
                        p < is.probes().size() ? is.probes().get(p) : null);
            }
        }
    }

    private void profiles(List<PositionProfile> before, List<PositionProfile> after) {
        Map<String, PositionProfile> old = byCode(before, PositionProfile::code);
        Map<String, PositionProfile> now = byCode(after, PositionProfile::code);
        for (PositionProfile profile : before) {
            if (!now.containsKey(profile.code())) {
                value(profile.code(), profile.name().en(), null);
            }
        }
        for (PositionProfile profile : after) {
            PositionProfile was = old.get(profile.code());
            if (was == null) {
                value(profile.code(), null, profile.name().en());
                continue;
            }
            String code = profile.code();
            text(code + " · name", was.name(), profile.name());
            value(code + " · group", was.postGroup() + " " + was.corps(), profile.postGroup() + " " + profile.corps());
            value(code + " · threshold", was.passThreshold().toPlainString(), profile.passThreshold().toPlainString());
            value(code + " · weights", weights(was), weights(profile));
        }
    }

    private static String weights(PositionProfile profile) {
        return profile.competencies().stream().map(w -> w.competencyCode() + " " + w.weight().toPlainString() + "%")
                .collect(Collectors.joining(", "));
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, item -> item, (a, b) -> a));
    }
}
