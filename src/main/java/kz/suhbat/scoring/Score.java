package kz.suhbat.scoring;

import java.time.Instant;

/**
 * A member's score of one competency as it stands after its latest entry: the level (null when not
 * given yet), the evidence cited, who entered it and whether it was transcribed from a paper sheet.
 */
public record Score(long memberId, String competencyCode, Integer level, String evidence, long enteredBy,
                    boolean transcribed, Instant enteredAt) {

    public Score {
        evidence = evidence == null ? "" : evidence.strip();
    }
}
