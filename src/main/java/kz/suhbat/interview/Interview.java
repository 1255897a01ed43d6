package kz.suhbat.interview;

import java.time.Instant;
import kz.suhbat.scoring.Outcome;

/**
 * One candidate's interview at a sitting; {@code decision} is set when it is finalised, with
 * {@code decisionReason} when the decision goes against the threshold (empty otherwise).
 * {@code quorumRequired} is the number of raters it needs, fixed when it started (null for an interview
 * started before it was kept: the campaign's quorum applies).
 */
public record Interview(long id, long campaignId, long sittingId, long candidateId, InterviewStatus status,
                        Instant startedAt, Outcome decision, String decisionReason, Integer quorumRequired) {

    public Interview {
        decisionReason = decisionReason == null ? "" : decisionReason;
    }

    public boolean finalised() {
        return status == InterviewStatus.FINALISED;
    }
}
