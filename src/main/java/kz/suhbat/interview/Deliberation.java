package kz.suhbat.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Results;
import kz.suhbat.scoring.Score;
import kz.suhbat.scoring.Vote;

/**
 * The revealed interview: every rater's scores and notes, the results and how they were computed,
 * the votes and the decision they make, and what still stands between the interview and its
 * finalisation.
 */
public record Deliberation(Interview interview, List<Rater> raters, List<Score> scores, List<Note> notes,
                           Results results, List<Vote> votes, Optional<Outcome> decision, Set<Outcome> outcomes,
                           List<Gap> gaps) {

    public Deliberation {
        raters = List.copyOf(raters);
        scores = List.copyOf(scores);
        notes = List.copyOf(notes);
        votes = List.copyOf(votes);
        gaps = List.copyOf(gaps);
        outcomes = Set.copyOf(outcomes);
    }

    /** The same deliberation with its raters in {@code order} (the order its tables and votes are shown in). */
    public Deliberation withRatersIn(java.util.Comparator<Rater> order) {
        return new Deliberation(interview, raters.stream().sorted(order).toList(), scores, notes, results, votes,
                decision, outcomes, gaps);
    }

    public boolean complete() {
        return gaps.isEmpty();
    }

    /**
     * Whether the decision goes against the threshold: in the candidate's favour below it, or against
     * them at or above it. Such a decision is finalised only with a written reason.
     */
    public boolean againstThreshold() {
        return decision.map(o -> o.favourable() != results.reachesThreshold()).orElse(false);
    }

    /**
     * Who takes the chair's part for this candidate: the chair when they are among the raters (present
     * and not recused), otherwise the deputy chair when they are; empty when neither is.
     */
    public Optional<Rater> presiding() {
        return presiding(raters);
    }

    static Optional<Rater> presiding(List<Rater> raters) {
        return raters.stream().filter(Rater::chair).findFirst()
                .or(() -> raters.stream().filter(Rater::deputy).findFirst());
    }

    public Optional<Vote> vote(long memberId) {
        return votes.stream().filter(v -> v.memberId() == memberId).findFirst();
    }

    /** Whether the rater typed in their sheet themselves, or it was transcribed, and if so confirmed by them. */
    public SheetOrigin origin(Rater rater) {
        return SheetOrigin.of(rater, scores);
    }

    public Optional<Score> score(long memberId, String competencyCode) {
        return scores.stream().filter(s -> s.memberId() == memberId && s.competencyCode().equals(competencyCode))
                .findFirst();
    }

    /**
     * What is missing before the interview can be finalised: every rater submitted (so every competency
     * scored), the raters still a quorum, the chair or the deputy chair among them, every divergence
     * discussed, every rater's vote, a decision.
     */
    static List<Gap> gaps(List<Rater> raters, int requiredQuorum, Results results, List<Vote> votes,
                          Optional<Outcome> decision) {
        List<Gap> gaps = new ArrayList<>();
        List<String> unsubmitted = raters.stream().filter(r -> !r.submitted()).map(Rater::fullName).toList();
        if (!unsubmitted.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.SHEETS_NOT_SUBMITTED, unsubmitted));
        }
        if (raters.size() < requiredQuorum) {
            gaps.add(new Gap(Gap.Kind.NO_QUORUM, List.of(), List.of(raters.size(), requiredQuorum)));
        }
        if (presiding(raters).isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.NO_PRESIDING, List.of()));
        }
        List<String> undiscussed = results.awaitingDiscussion().stream().map(CompetencyResult::competencyCode)
                .toList();
        if (!undiscussed.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.NOT_DISCUSSED, undiscussed));
        }
        List<String> silent = raters.stream().filter(r -> votes.stream().noneMatch(v -> v.memberId() == r.memberId()))
                .map(Rater::fullName).toList();
        if (!silent.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.VOTES_MISSING, silent));
        } else if (decision.isEmpty()) {
            gaps.add(Gap.of(Gap.Kind.NO_MAJORITY, List.of()));
        }
        return gaps;
    }
}
