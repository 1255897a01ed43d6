package kz.suhbat.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.scoring.CompetencyOutcome;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.scoring.DecisionRule;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Results;
import kz.suhbat.scoring.Score;
import kz.suhbat.scoring.Vote;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.rubric.ProfileCompetency;

/**
 * The central office does not take an office's results on trust: from the scores, agreed levels and
 * votes in a package it computes every candidate's competency results, total, whether the total reaches
 * the threshold, and the decision the votes give, by the same rules as the office (the chair, or when the chair does not take part the deputy, breaking a
 * tie), and refuses the
 * package when the signed figures disagree. A package from before profiles' weights were carried is
 * recomputed for the candidates of its first profile, whose weights it does carry.
 */
public final class PackageRecount {

    private PackageRecount() {
    }

    static void check(PackageData data) {
        Map<String, PackageData.ProfilePart> profiles = data.profiles().stream()
                .collect(Collectors.toMap(PackageData.ProfilePart::code, Function.identity(), (a, b) -> a));
        if (profiles.isEmpty()) {
            profiles = Map.of(data.campaign().profileCode(), new PackageData.ProfilePart(data.campaign().profileCode(),
                    data.campaign().threshold(), data.competencies().stream()
                            .map(c -> new PackageData.WeightPart(c.code(), c.weight())).toList(), null, null));
        }
        Map<Long, PackageData.MemberPart> members = data.members().stream()
                .collect(Collectors.toMap(PackageData.MemberPart::id, Function.identity()));
        for (PackageData.CandidatePart candidate : data.candidates()) {
            if (candidate.total() == null) {
                continue;
            }
            String code = candidate.profileCode() == null ? data.campaign().profileCode() : candidate.profileCode();
            PackageData.ProfilePart profile = profiles.get(code);
            if (profile != null) {
                recount(candidate, profile, members);
            }
        }
    }

    private static void recount(PackageData.CandidatePart c, PackageData.ProfilePart profile,
                                Map<Long, PackageData.MemberPart> members) {
        List<ProfileCompetency> weights = profile.weights().stream()
                .map(w -> new ProfileCompetency(w.competency(), w.weight())).toList();
        BigDecimal threshold = c.threshold() == null ? profile.threshold() : c.threshold();
        Results results = computed(weights, threshold, c.scores(), c.results());
        for (CompetencyResult computed : results.competencies()) {
            Optional<PackageData.ResultPart> carried = c.results().stream()
                    .filter(r -> r.competency().equals(computed.competencyCode())).findFirst();
            if (carried.isEmpty() || !same(carried.get().mean(), computed.mean())
                    || !same(carried.get().result(), computed.result())) {
                throw disagree(c, computed.competencyCode());
            }
        }
        if (!same(c.total(), results.total())) {
            throw disagree(c, "total " + c.total() + " ≠ " + results.total());
        }
        if (!Objects.equals(c.reached(), results.reachesThreshold())) {
            throw disagree(c, "threshold");
        }
        if (c.decision() != null) {
            Set<Long> raters = new LinkedHashSet<>();
            c.scores().forEach(s -> raters.add(s.member()));
            Long presiding = raters.stream().filter(m -> PanelRole.CHAIR.name().equals(members.get(m).role()))
                    .findFirst().or(() -> raters.stream().filter(m -> members.get(m).deputy()).findFirst())
                    .orElse(null);
            List<Vote> votes = new ArrayList<>();
            c.votes().forEach(v -> votes.add(new Vote(v.member(), Outcome.valueOf(v.outcome()), v.opinion(), v.transcribed())));
            Optional<Outcome> decided = DecisionRule.decide(votes, raters.size(), presiding);
            if (decided.isEmpty() || !decided.get().name().equals(c.decision())) {
                throw disagree(c, "decision");
            }
        }
    }

    /**
     * The results of a package's candidate: from the members' {@code scores} and the levels agreed in
     * {@code carried} results, by the profile's {@code weights} and {@code threshold}.
     */
    public static Results computed(List<ProfileCompetency> weights, BigDecimal threshold,
                                   List<PackageData.ScorePart> scores, List<PackageData.ResultPart> carried) {
        List<Score> entered = scores.stream()
                .map(s -> new Score(s.member(), s.competency(), s.level(), "", 0, s.transcribed(), null)).toList();
        List<CompetencyOutcome> agreed = carried.stream().filter(r -> r.agreedLevel() != null)
                .map(r -> new CompetencyOutcome(r.competency(), true, r.agreedLevel(), r.reason())).toList();
        return Results.compute(weights, threshold, entered, agreed, Integer.MAX_VALUE);
    }

    private static boolean same(BigDecimal carried, BigDecimal computed) {
        return carried != null && carried.compareTo(computed) == 0;
    }

    private static ExchangeRefusal disagree(PackageData.CandidatePart c, String what) {
        return new ExchangeRefusal(ExchangeRefusal.Reason.RESULTS_DISAGREE,
                (c.lastName() + " " + c.firstName() + " " + c.middleName()).strip(), what);
    }
}
