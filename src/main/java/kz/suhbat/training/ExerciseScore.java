package kz.suhbat.training;

import java.util.Objects;

/** A trainee's level on one competency of an exercise, with the evidence from the answer behind it. */
public record ExerciseScore(String competencyCode, int level, String evidence) {

    public static final int EVIDENCE_LIMIT = 4000;

    public ExerciseScore {
        Objects.requireNonNull(competencyCode, "competencyCode");
        evidence = evidence == null ? "" : evidence.strip();
    }
}
