package kz.suhbat.rubric;

import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * An interview question with its follow-up probes, the time it should take and the levels of the scale
 * a good answer to it can reveal (ascending, no repeats; empty when not stated).
 */
public record Question(QuestionKind kind, int suggestedMinutes, LocalizedText text, List<LocalizedText> probes,
                       List<Integer> revealsLevels) {

    public Question {
        if (suggestedMinutes < 1) {
            throw new IllegalArgumentException("A question needs at least one suggested minute");
        }
        probes = List.copyOf(probes);
        revealsLevels = revealsLevels == null ? List.of() : revealsLevels.stream().distinct().sorted().toList();
    }
}
