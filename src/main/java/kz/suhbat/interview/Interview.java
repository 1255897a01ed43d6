package kz.suhbat.interview;

import java.time.Instant;

/** One candidate's interview at a sitting; {@code decision} is set when it is finalised. */
public record Interview(long id, long campaignId, long sittingId, long candidateId, InterviewStatus status,
                        Instant startedAt, Outcome decision) {

    public boolean finalised() {
        return status == InterviewStatus.FINALISED;
    }
}
