package kz.suhbat.rubric;

import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;

/** A competency: what it means, how each level shows in behaviour, and the questions that reveal it. */
public record Competency(String code, LocalizedText name, LocalizedText definition,
                         List<Indicator> indicators, List<Question> questions) {

    public Competency {
        indicators = List.copyOf(indicators);
        questions = List.copyOf(questions);
    }

    public List<Indicator> indicatorsAt(int level, Polarity polarity) {
        return indicators.stream()
                .filter(indicator -> indicator.level() == level && indicator.polarity() == polarity)
                .toList();
    }
}
