package kz.suhbat.app;

import java.util.List;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.ScoringService;
import kz.suhbat.interview.SheetKey;
import kz.suhbat.panel.Sitting;

/**
 * The demo sitting's interviews, held the way a panel holds them: every member opens their own sheet
 * with their password, scores with evidence and submits. The first candidate's interview is deliberated
 * (the chair confirming the agreed levels), voted on (each member confirming their vote) and finalised; in the second, half of the sheets are in. The first candidate is for the
 * managerial post, the second for the executive one, each scored on their post's profile.
 */
final class DemoInterviews {

    /** Each rater's levels, competency by competency (the profile has up to eight). */
    private static final int[][] LEVELS = {
        {4, 5, 4, 3, 4, 4, 5, 4},
        {4, 3, 4, 4, 3, 4, 4, 4},
        {3, 4, 4, 2, 4, 3, 4, 3},
        {4, 4, 5, 4, 4, 4, 4, 4},
    };
    /** The rater (by place on the panel) who scores higher than the others at the earlier sitting. */
    private static final int LENIENT = 3;
    private static final String[] EVIDENCE = {
        "Ответ без собственного примера, общие слова",
        "Мысал жалпы, өз рөлі анық емес",
        "Пример есть, результат назван без цифр",
        "Нақты мысал, өз әрекеті мен нәтижесі айтылды",
        "Привёл пример с измеримым результатом и выводами на будущее",
    };

    private DemoInterviews() {
    }

    static void hold(Services services, Sitting sitting, List<Candidate> candidates) {
        Interview first = services.interviews().start(sitting.id(), candidates.get(0).id());
        List<String> codes = competencies(services, first);
        services.interviews().writePanelNote(first.id(), codes.get(0), 0,
                "Описала перевод записи на приём в электронную очередь: инициатива своя, очередь сократилась вдвое.");
        List<Rater> raters = services.interviews().raters(first.id());
        for (int r = 0; r < raters.size(); r++) {
            scoreAndSubmit(services.scoring(), first.id(), raters.get(r), codes, r);
        }
        Deliberation revealed = services.deliberation().deliberation(first.id());
        for (CompetencyResult result : revealed.results().competencies()) {
            if (result.divergent()) {
                services.deliberation().agree(first.id(), result.competencyCode(), 3,
                        "Комиссия сочла пример неполным: роль кандидата в решении не подтверждена",
                        DemoOffice.PASSWORD.toCharArray());
            }
        }
        for (int r = 0; r < raters.size(); r++) {
            boolean dissent = r == raters.size() - 1;
            Outcome outcome = dissent ? Outcome.NOT_RECOMMENDED : Outcome.RECOMMENDED;
            String opinion = dissent ? "Ерекше пікір: басқару тәжірибесі жеткіліксіз" : "";
            if (raters.get(r).accountId() == null) {
                services.deliberation().transcribeVote(first.id(), raters.get(r).memberId(), outcome, opinion);
            } else {
                services.deliberation().vote(first.id(), raters.get(r).memberId(), outcome, opinion,
                        DemoOffice.PASSWORD.toCharArray());
            }
        }
        // kept only if the decision goes against the threshold
        services.deliberation().finalise(first.id(),
                "Комиссия учла опыт кандидата во внедрении электронной очереди, подтверждённый руководителем");

        Interview second = services.interviews().start(sitting.id(), candidates.get(1).id());
        List<Rater> secondRaters = services.interviews().raters(second.id());
        for (int r = 0; r < 2; r++) {
            scoreAndSubmit(services.scoring(), second.id(), secondRaters.get(r), competencies(services, second), r + 1);
        }
    }

    /**
     * A sitting held a week before on paper: the secretary typed in the members' signed score and vote
     * sheets, and every interview is finalised. Members mostly agree on each candidate's level, but the
     * public council's member (the fourth) scores about a level above the others, which the chair then
     * reads in the rater statistics.
     */
    static void holdEarlier(Services services, Sitting sitting, List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Interview interview = services.interviews().start(sitting.id(), candidates.get(i).id());
            List<String> codes = competencies(services, interview);
            List<Rater> raters = services.interviews().raters(interview.id());
            for (int r = 0; r < raters.size(); r++) {
                SheetKey key = services.scoring().transcribe(interview.id(), raters.get(r).memberId());
                for (int c = 0; c < codes.size(); c++) {
                    int base = 2 + (i + c) % 3;
                    int level = r == LENIENT ? base + 1 : base + ((r + c + i) % 4 == 0 ? 1 : 0);
                    services.scoring().score(key, codes.get(c), level);
                    services.scoring().evidence(key, codes.get(c), EVIDENCE[level - 1]);
                }
                services.scoring().submit(key);
                services.scoring().close(key);
            }
            Outcome outcome = services.deliberation().deliberation(interview.id()).results().reachesThreshold()
                    ? Outcome.RECOMMENDED : Outcome.NOT_RECOMMENDED;
            for (Rater rater : raters) {
                services.deliberation().transcribeVote(interview.id(), rater.memberId(), outcome, "");
            }
            services.deliberation().finalise(interview.id(), "");
        }
    }

    /** The competencies of the candidate's post's profile, in order. */
    private static List<String> competencies(Services services, Interview interview) {
        return services.interviews().guide(interview.id()).competencies().stream().map(GuideCompetency::code)
                .toList();
    }

    private static void scoreAndSubmit(ScoringService scoring, long interviewId, Rater rater, List<String> codes,
                                       int pattern) {
        SheetKey key = scoring.unlock(interviewId, rater.memberId(), DemoOffice.PASSWORD.toCharArray());
        for (int c = 0; c < codes.size(); c++) {
            int level = LEVELS[pattern % LEVELS.length][c % LEVELS[0].length];
            scoring.score(key, codes.get(c), level);
            scoring.evidence(key, codes.get(c), EVIDENCE[level - 1]);
        }
        scoring.submit(key);
        scoring.close(key);
    }
}
