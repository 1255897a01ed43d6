package kz.suhbat.interview;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.Transactor;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;

/**
 * Deliberation and decision, once every rater has submitted: the reveal of all scores with divergent
 * competencies flagged, the discussion of each, agreed changes with their reasons (the members' scores
 * stay as they were), the votes and any separate opinion, finalisation when nothing is missing, and a
 * reopening by the chair, with the chair's password and a reason.
 */
public final class DeliberationService {

    private final Access access;
    private final InterviewLookup lookup;
    private final MemberCredentials credentials;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public DeliberationService(Access access, InterviewLookup lookup, MemberCredentials credentials,
                               AuditTrail audit, Transactor transactor, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.credentials = credentials;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    /** The revealed interview; refused, with how many have submitted, while any rater has not. */
    public Deliberation deliberation(long interviewId) {
        Account reader = access.require(Operation.INTERVIEW_READ);
        Interview interview = lookup.interview(interviewId);
        lookup.readable(reader, interview.campaignId());
        return revealed(interview);
    }

    private Deliberation revealed(Interview interview) {
        List<Rater> raters = lookup.interviews().raters(interview.id());
        long submitted = raters.stream().filter(Rater::submitted).count();
        if (submitted < raters.size()) {
            throw new InterviewException(InterviewException.Reason.NOT_REVEALED, submitted, raters.size());
        }
        Campaign campaign = lookup.campaign(interview.campaignId());
        List<Score> scores = lookup.interviews().revealedScores(interview.id());
        Results results = Results.compute(lookup.profile(campaign, interview), scores, lookup.interviews().outcomes(interview.id()),
                campaign.divergenceSpread());
        List<Vote> votes = lookup.interviews().votes(interview.id());
        Long chair = raters.stream().filter(Rater::chair).map(Rater::memberId).findFirst().orElse(null);
        Optional<Outcome> decision = DecisionRule.decide(votes, raters.size(), chair);
        int required = interview.quorumRequired() != null ? interview.quorumRequired()
                : campaign.quorum().required(lookup.votingMembers(campaign.id()));
        return new Deliberation(interview, raters, scores, lookup.interviews().revealedNotes(interview.id()), results,
                votes, decision, Outcome.forType(campaign.type()),
                Deliberation.gaps(raters, required, results, votes, decision));
    }

    /** Records that the panel discussed a competency (a divergent one must be, before the decision). */
    public Deliberation discussed(long interviewId, String competencyCode) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        return transactor.inTransaction(() -> {
            Deliberation before = revealed(lookup.inProgress(interviewId));
            CompetencyResult result = result(before, competencyCode);
            CompetencyOutcome previous = result.outcome();
            CompetencyOutcome now = new CompetencyOutcome(competencyCode, true,
                    previous == null ? null : previous.agreedLevel(), previous == null ? "" : previous.reason());
            lookup.interviews().saveOutcome(interviewId, now);
            audit.record(secretary, AuditAction.COMPETENCY_DISCUSS, InterviewService.INTERVIEW, interviewId, previous,
                    now);
            return revealed(lookup.interview(interviewId));
        });
    }

    /**
     * Records the level the panel agreed on for a competency, with its reason; {@code level} null
     * withdraws an agreed change (the mean counts again), also with a reason. Marks it discussed.
     */
    public Deliberation agree(long interviewId, String competencyCode, Integer level, String reason) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        InterviewException.requireReason(reason);
        return transactor.inTransaction(() -> {
            Interview interview = lookup.inProgress(interviewId);
            Deliberation before = revealed(interview);
            CompetencyResult result = result(before, competencyCode);
            RatingScale scale = lookup.framework(lookup.campaign(interview.campaignId())).scale();
            if (level != null && (level < scale.lowest() || level > scale.highest())) {
                throw new InterviewException(InterviewException.Reason.LEVEL_OFF_SCALE, scale.lowest(),
                        scale.highest());
            }
            CompetencyOutcome now = new CompetencyOutcome(competencyCode, true, level, reason);
            lookup.interviews().saveOutcome(interviewId, now);
            audit.record(secretary, AuditAction.RESULT_AGREE, InterviewService.INTERVIEW, interviewId,
                    Map.of("competency", competencyCode, "result", result.result(), "mean", result.mean()), now);
            return revealed(lookup.interview(interviewId));
        });
    }

    /** Records a rater's vote and, when they disagree, their separate opinion. */
    public Deliberation vote(long interviewId, long memberId, Outcome outcome, String opinion) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        return transactor.inTransaction(() -> {
            Interview interview = lookup.inProgress(interviewId);
            Deliberation before = revealed(interview);
            lookup.rater(interviewId, memberId);
            if (!before.outcomes().contains(outcome)) {
                throw new InterviewException(InterviewException.Reason.OUTCOME_NOT_ALLOWED);
            }
            Vote vote = new Vote(memberId, outcome, opinion);
            lookup.interviews().saveVote(interviewId, vote);
            audit.record(secretary, AuditAction.VOTE_RECORD, InterviewService.INTERVIEW, interviewId,
                    before.vote(memberId).orElse(null), vote);
            return revealed(lookup.interview(interviewId));
        });
    }

    /** Finalises the interview when nothing is missing and the decision follows the threshold. */
    public Deliberation finalise(long interviewId) {
        return finalise(interviewId, "");
    }

    /**
     * Finalises the interview when nothing is missing, recording the decision; its record is locked after.
     * A decision against the threshold (favourable below it, unfavourable at or above it) needs the
     * panel's written reason, which is kept with the decision.
     */
    public Deliberation finalise(long interviewId, String reasonAgainstThreshold) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        return transactor.inTransaction(() -> {
            Interview interview = lookup.inProgress(interviewId);
            Deliberation deliberation = revealed(interview);
            if (!deliberation.complete()) {
                throw new InterviewException(InterviewException.Reason.INCOMPLETE, deliberation.gaps().size());
            }
            Outcome decision = deliberation.decision().orElseThrow();
            String reason = "";
            if (deliberation.againstThreshold()) {
                if (reasonAgainstThreshold == null || reasonAgainstThreshold.isBlank()) {
                    throw new InterviewException(InterviewException.Reason.REASON_AGAINST_THRESHOLD);
                }
                reason = reasonAgainstThreshold.strip();
            }
            lookup.interviews().updateInterview(interviewId, InterviewStatus.FINALISED, decision, reason);
            audit.record(secretary, AuditAction.INTERVIEW_FINALISE, InterviewService.INTERVIEW, interviewId,
                    interview, Map.of("decision", decision, "total", deliberation.results().total(),
                            "threshold", deliberation.results().threshold(), "reason", reason,
                            "at", clock.instant()));
            return revealed(lookup.interview(interviewId));
        });
    }

    /** Reopens a finalised interview: only with the chair's password, and with a reason, which is recorded. */
    public Deliberation reopen(long interviewId, char[] chairPassword, String reason) {
        Account session = access.require(Operation.INTERVIEW_REOPEN);
        InterviewException.requireReason(reason);
        Interview interview = lookup.interview(interviewId);
        if (!interview.finalised()) {
            throw new InterviewException(InterviewException.Reason.NOT_FINALISED);
        }
        Long chair = lookup.chairAccount(interview.campaignId());
        if (chair == null) {
            throw new InterviewException(InterviewException.Reason.NOT_CHAIR);
        }
        credentials.verify(chair, chairPassword);
        return transactor.inTransaction(() -> {
            Interview current = lookup.interview(interviewId);
            if (!current.finalised() || !Objects.equals(chair, lookup.chairAccount(current.campaignId()))) {
                throw new InterviewException(InterviewException.Reason.NOT_FINALISED);
            }
            lookup.interviews().updateInterview(interviewId, InterviewStatus.IN_PROGRESS, null, "");
            audit.record(session, AuditAction.INTERVIEW_REOPEN, InterviewService.INTERVIEW, interviewId, current,
                    Map.of("reason", reason.strip(), "chairAccount", chair));
            return revealed(lookup.interview(interviewId));
        });
    }

    private static CompetencyResult result(Deliberation deliberation, String competencyCode) {
        return deliberation.results().competencies().stream().filter(c -> c.competencyCode().equals(competencyCode))
                .findFirst().orElseThrow(() -> new InterviewException(InterviewException.Reason.UNKNOWN_COMPETENCY));
    }
}
