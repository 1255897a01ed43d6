package kz.suhbat.training.rehearsal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.rubric.ScaleLevel;

/**
 * What a rehearsal shows of one competency: its answers, the level they reached (the middle of the levels
 * given, the lower one when two are in the middle; none when no answer was rated) and the next level of
 * the scale with what it asks, its positive indicators (its descriptor where it has none).
 */
public record CompetencyResult(Competency competency, List<AnswerResult> answers, Optional<ScaleLevel> reached,
                               Optional<ScaleLevel> next, List<LocalizedText> nextAsks) {

    public CompetencyResult {
        answers = List.copyOf(answers);
        nextAsks = List.copyOf(nextAsks);
    }

    static CompetencyResult of(Competency competency, List<AnswerResult> answers, RatingScale scale) {
        int[] given = answers.stream().map(AnswerResult::level).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).sorted().toArray();
        if (given.length == 0) {
            return new CompetencyResult(competency, answers, Optional.empty(), Optional.empty(), List.of());
        }
        int middle = given[(given.length - 1) / 2];
        Optional<ScaleLevel> reached = level(scale, middle);
        Optional<ScaleLevel> next = level(scale, middle + 1);
        List<LocalizedText> asks = next.map(level -> {
            List<LocalizedText> positive = competency.indicatorsAt(level.level(), Polarity.POSITIVE).stream()
                    .map(Indicator::text).toList();
            return positive.isEmpty() ? List.of(level.descriptor()) : positive;
        }).orElse(List.of());
        return new CompetencyResult(competency, answers, reached, next, asks);
    }

    private static Optional<ScaleLevel> level(RatingScale scale, int number) {
        return scale.levels().stream().filter(level -> level.level() == number).findFirst();
    }

    /** Whether the level reached is the top of the scale, so there is no next level to ask for. */
    public boolean atTop() {
        return reached.isPresent() && next.isEmpty();
    }
}
