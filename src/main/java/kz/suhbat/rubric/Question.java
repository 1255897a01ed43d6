package kz.suhbat.rubric;

import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;

/** An interview question with its follow-up probes and the time it should take. */
public record Question(QuestionKind kind, int suggestedMinutes, LocalizedText text, List<LocalizedText> probes) {

    public Question {
        if (suggestedMinutes < 1) {
            throw new IllegalArgumentException("A question needs at least one suggested minute");
        }
        probes = List.copyOf(probes);
    }
}
