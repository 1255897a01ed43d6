package kz.suhbat.interview;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.Transactor;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.scoring.CompetencyOutcome;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.scoring.DecisionRule;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Results;
import kz.suhbat.scoring.Score;
import kz.suhbat.scoring.Vote;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.AccountRepository;
import kz.suhbat.security.Operation;

/**
 * Deliberation and decision, once every rater has submitted: the reveal of all scores with divergent
 * competencies flagged, the discussion of each, agreed changes with their reasons (the members' scores
 * stay as they were), the votes and any separate opinion, finalisation when nothing is missing, and a
 * reopening by the chair, with the chair's password and a reason. The secretary keys the deliberation,
 * but decides nothing alone: each vote is confirmed by its member's password (or transcribed from the
 * member's signed paper vote sheet, marked so), and each agreed level, opened competency and reopening
 * by the password of the chair, or of the deputy chair when the chair is absent or recused.
 */
public final class DeliberationService {

    private final Access access;
    private final InterviewLookup lookup;
    private final MemberCredentials credentials;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public DeliberationService(Access access, InterviewLookup lookup, MemberCredentials credentials,
                               AccountRepository accounts, AuditTrail audit, Transactor transactor, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.credentials = credentials;
        this.accounts = accounts;
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
        Long presiding = Deliberation.presiding(raters).map(Rater::memberId).orElse(null);
        Optional<Outcome> decision = DecisionRule.decide(votes, raters.size(), presiding);
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
            CompetencyOutcome previous = result(before, competencyCode).outcome();
            CompetencyOutcome now = new CompetencyOutcome(competencyCode, true,
                    previous == null ? null : previous.agreedLevel(), previous == null ? "" : previous.reason(),
                    previous != null && previous.opened());
            lookup.interviews().saveOutcome(interviewId, now);
            audit.record(secretary, AuditAction.COMPETENCY_DISCUSS, InterviewService.INTERVIEW, interviewId, previous,
                    now);
            return revealed(lookup.interview(interviewId));
        });
    }

    /**
     * The chair (or the deputy chair, presiding in the chair's absence) opens a competency that is not
     * divergent for discussion, confirmed by their password: the panel may then agree a level for it.
     */
    public Deliberation openForDiscussion(long interviewId, String competencyCode, char[] chairPassword) {
        access.require(Operation.INTERVIEW_RUN);
        Deliberation checked = revealed(lookup.inProgress(interviewId));
        result(checked, competencyCode);
        Account chair = presidingConfirms(checked, chairPassword);
        return transactor.inTransaction(() -> {
            Deliberation before = revealed(lookup.inProgress(interviewId));
            CompetencyOutcome previous = result(before, competencyCode).outcome();
            CompetencyOutcome now = new CompetencyOutcome(competencyCode, previous != null && previous.discussed(),
                    previous == null ? null : previous.agreedLevel(), previous == null ? "" : previous.reason(), true);
            lookup.interviews().saveOutcome(interviewId, now);
            audit.record(chair, AuditAction.COMPETENCY_DISCUSS, InterviewService.INTERVIEW, interviewId, previous,
                    now);
            return revealed(lookup.interview(interviewId));
        });
    }

    /**
     * Records the level the panel agreed on for a competency, with its reason, confirmed by the password
     * of the chair (or of the deputy chair presiding in the chair's absence); {@code level} null withdraws
     * an agreed change (the mean counts again), also with a reason. Allowed only for a divergent competency
     * or one the chair has opened for discussion. Marks it discussed.
     */
    public Deliberation agree(long interviewId, String competencyCode, Integer level, String reason,
                              char[] chairPassword) {
        access.require(Operation.INTERVIEW_RUN);
        InterviewException.requireReason(reason);
        Interview interview = lookup.inProgress(interviewId);
        RatingScale scale = lookup.framework(lookup.campaign(interview.campaignId())).scale();
        if (level != null && (level < scale.lowest() || level > scale.highest())) {
            throw new InterviewException(InterviewException.Reason.LEVEL_OFF_SCALE, scale.lowest(), scale.highest());
        }
        Deliberation checked = revealed(interview);
        requireOpen(result(checked, competencyCode));
        Account chair = presidingConfirms(checked, chairPassword);
        return transactor.inTransaction(() -> {
            Deliberation before = revealed(lookup.inProgress(interviewId));
            CompetencyResult result = result(before, competencyCode);
            requireOpen(result);
            CompetencyOutcome now = new CompetencyOutcome(competencyCode, true, level, reason,
                    result.outcome() != null && result.outcome().opened());
            lookup.interviews().saveOutcome(interviewId, now);
            audit.record(chair, AuditAction.RESULT_AGREE, InterviewService.INTERVIEW, interviewId,
                    Map.of("competency", competencyCode, "result", result.result(), "mean", result.mean()), now);
            return revealed(lookup.interview(interviewId));
        });
    }

    /** An agreed level only where the raters diverge, or where the chair opened the competency. */
    private static void requireOpen(CompetencyResult result) {
        if (!result.divergent() && (result.outcome() == null || !result.outcome().opened())) {
            throw new InterviewException(InterviewException.Reason.NOT_OPEN_FOR_AGREEMENT);
        }
    }

    /**
     * Whoever presides for this candidate (the chair, or the deputy chair when the chair is absent or
     * recused) confirms with their own password; their account is the one the trail records.
     */
    private Account presidingConfirms(Deliberation deliberation, char[] password) {
        Long accountId = deliberation.presiding().map(Rater::accountId).orElse(null);
        if (accountId == null) {
            throw new InterviewException(InterviewException.Reason.NOT_CHAIR);
        }
        confirm(accountId, password);
        return account(accountId);
    }

    /** A member's own password; a wrong one records nothing. */
    private void confirm(long accountId, char[] password) {
        try {
            credentials.verify(accountId, password);
        } catch (InterviewException e) {
            if (e.reason() == InterviewException.Reason.WRONG_PASSWORD) {
                throw new InterviewException(InterviewException.Reason.NOT_CONFIRMED);
            }
            throw e;
        }
    }

    private Account account(long accountId) {
        return accounts.find(accountId)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NO_ACCOUNT, ""));
    }

    /**
     * Records a rater's vote and, when they disagree, their separate opinion, confirmed by the member's
     * own password on the shared screen; the trail records the member as its author. A member without an
     * account votes on a signed paper vote sheet, which the secretary transcribes.
     */
    public Deliberation vote(long interviewId, long memberId, Outcome outcome, String opinion, char[] password) {
        access.require(Operation.INTERVIEW_RUN);
        Deliberation before = revealed(lookup.inProgress(interviewId));
        Rater rater = lookup.rater(interviewId, memberId);
        requireAllowed(before, outcome);
        if (rater.accountId() == null) {
            throw new InterviewException(InterviewException.Reason.VOTE_ON_PAPER, rater.fullName());
        }
        confirm(rater.accountId(), password);
        return record(interviewId, new Vote(memberId, outcome, opinion, false), account(rater.accountId()));
    }

    /**
     * Records the vote, and separate opinion, of the member who is signed in themselves on their own
     * device, confirmed by their password as on the shared screen. Refused before the reveal.
     */
    public Deliberation voteOwn(long interviewId, Outcome outcome, String opinion, char[] password) {
        Account member = access.require(Operation.VOTE_OWN);
        Deliberation before = revealed(lookup.inProgress(interviewId));
        Rater rater = lookup.raterOfAccount(interviewId, member.id());
        requireAllowed(before, outcome);
        confirm(member.id(), password);
        return record(interviewId, new Vote(rater.memberId(), outcome, opinion, false), member);
    }

    /**
     * Records a rater's vote and separate opinion as the secretary transcribes them from the member's
     * signed paper vote sheet; the vote is marked as transcribed, on screen and in the protocol.
     */
    public Deliberation transcribeVote(long interviewId, long memberId, Outcome outcome, String opinion) {
        Account secretary = access.require(Operation.SCORE_TRANSCRIBE);
        return record(interviewId, new Vote(memberId, outcome, opinion, true), secretary);
    }

    private Deliberation record(long interviewId, Vote vote, Account author) {
        return transactor.inTransaction(() -> {
            Deliberation before = revealed(lookup.inProgress(interviewId));
            lookup.rater(interviewId, vote.memberId());
            requireAllowed(before, vote.outcome());
            lookup.interviews().saveVote(interviewId, vote);
            audit.record(author, AuditAction.VOTE_RECORD, InterviewService.INTERVIEW, interviewId,
                    before.vote(vote.memberId()).orElse(null), vote);
            return revealed(lookup.interview(interviewId));
        });
    }

    private static void requireAllowed(Deliberation deliberation, Outcome outcome) {
        if (!deliberation.outcomes().contains(outcome)) {
            throw new InterviewException(InterviewException.Reason.OUTCOME_NOT_ALLOWED);
        }
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

    /**
     * Reopens a finalised interview: only with the password of the chair (or of the deputy chair, when
     * the chair took no part in it), and with a reason, which is recorded.
     */
    public Deliberation reopen(long interviewId, char[] chairPassword, String reason) {
        access.require(Operation.INTERVIEW_REOPEN);
        InterviewException.requireReason(reason);
        Interview interview = lookup.interview(interviewId);
        if (!interview.finalised()) {
            throw new InterviewException(InterviewException.Reason.NOT_FINALISED);
        }
        Account chair = presidingConfirms(revealed(interview), chairPassword);
        return transactor.inTransaction(() -> {
            Interview current = lookup.interview(interviewId);
            if (!current.finalised()) {
                throw new InterviewException(InterviewException.Reason.NOT_FINALISED);
            }
            lookup.interviews().updateInterview(interviewId, InterviewStatus.IN_PROGRESS, null, "");
            audit.record(chair, AuditAction.INTERVIEW_REOPEN, InterviewService.INTERVIEW, interviewId, current,
                    Map.of("reason", reason.strip(), "chairAccount", chair.id()));
            return revealed(lookup.interview(interviewId));
        });
    }

    private static CompetencyResult result(Deliberation deliberation, String competencyCode) {
        return deliberation.results().competencies().stream().filter(c -> c.competencyCode().equals(competencyCode))
                .findFirst().orElseThrow(() -> new InterviewException(InterviewException.Reason.UNKNOWN_COMPETENCY));
    }
}
