package kz.suhbat.interview;

import java.util.List;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.rubric.RatingScale;

/**
 * What the guided sitting shows for one candidate: the profile's competencies in order with their
 * questions (those dropped for the campaign left out and listed apart), the scale, and the raters.
 */
public record InterviewGuide(Interview interview, Campaign campaign, Candidate candidate, RatingScale scale,
                             List<GuideCompetency> competencies, List<DroppedQuestion> dropped, List<Rater> raters) {

    public InterviewGuide {
        competencies = List.copyOf(competencies);
        dropped = List.copyOf(dropped);
        raters = List.copyOf(raters);
    }
}
