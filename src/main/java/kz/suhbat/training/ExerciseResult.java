package kz.suhbat.training;

import java.time.Instant;

/** A submitted exercise in a trainee's progress: its mean absolute distance and signed bias. */
public record ExerciseResult(long exerciseId, int seq, String code, Instant submittedAt, double distance,
                             double bias) {
}
