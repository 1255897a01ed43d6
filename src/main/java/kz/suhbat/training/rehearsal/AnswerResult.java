package kz.suhbat.training.rehearsal;

import java.time.Duration;
import java.util.OptionalInt;
import kz.suhbat.rubric.Question;

/** One rehearsed answer: its place in the rehearsal (from 1), the time it took, its level if rated, a note. */
public record AnswerResult(int number, Question question, Duration spent, OptionalInt level, String note) {

    public Duration limit() {
        return Duration.ofMinutes(question.suggestedMinutes());
    }
}
