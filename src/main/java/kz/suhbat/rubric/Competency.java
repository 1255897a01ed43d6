package kz.suhbat.rubric;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * A competency: what it means, the posts it applies to, how each level shows in behaviour, and the
 * questions that reveal it.
 */
public record Competency(String code, LocalizedText name, LocalizedText definition, Set<PostGroup> postGroups,
                         Set<Corps> corps, List<Indicator> indicators, List<Question> questions) {

    public Competency {
        postGroups = postGroups == null || postGroups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(postGroups));
        corps = corps == null || corps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(corps));
        indicators = List.copyOf(indicators);
        questions = List.copyOf(questions);
    }

    /** A competency that applies to every post group and both corps. */
    public static Competency forAllPosts(String code, LocalizedText name, LocalizedText definition,
                                         List<Indicator> indicators, List<Question> questions) {
        return new Competency(code, name, definition, EnumSet.allOf(PostGroup.class), EnumSet.allOf(Corps.class),
                indicators, questions);
    }

    public List<Indicator> indicatorsAt(int level, Polarity polarity) {
        return indicators.stream()
                .filter(indicator -> indicator.level() == level && indicator.polarity() == polarity)
                .toList();
    }
}
