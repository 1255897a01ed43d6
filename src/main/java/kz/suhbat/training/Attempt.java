package kz.suhbat.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One account's work on one exercise: the levels saved so far and, once submitted, when. */
public record Attempt(long exerciseId, long accountId, List<ExerciseScore> scores, Optional<Instant> submittedAt) {

    public Attempt {
        scores = List.copyOf(scores);
    }

    public static Attempt empty(long exerciseId, long accountId) {
        return new Attempt(exerciseId, accountId, List.of(), Optional.empty());
    }

    public boolean submitted() {
        return submittedAt.isPresent();
    }

    public Optional<ExerciseScore> score(String competency) {
        return scores.stream().filter(s -> s.competencyCode().equals(competency)).findFirst();
    }
}
