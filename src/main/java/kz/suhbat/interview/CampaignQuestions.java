package kz.suhbat.interview;

import java.util.List;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.rubric.RatingScale;

/** What every interview of a campaign asks: the profile's competencies with their questions, and the scale. */
public record CampaignQuestions(Campaign campaign, RatingScale scale, List<GuideCompetency> competencies) {

    public CampaignQuestions {
        competencies = List.copyOf(competencies);
    }
}
