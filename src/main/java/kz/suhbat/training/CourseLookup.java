package kz.suhbat.training;

import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignRepository;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkRepository;

/** Finds a course and its framework for the training services; refuses a campaign that is not a course. */
public final class CourseLookup {

    private final CampaignRepository campaigns;
    private final FrameworkRepository frameworks;
    private final TrainingRepository repository;

    public CourseLookup(CampaignRepository campaigns, FrameworkRepository frameworks, TrainingRepository repository) {
        this.campaigns = campaigns;
        this.frameworks = frameworks;
        this.repository = repository;
    }

    Course course(long campaignId) {
        Campaign campaign = campaigns.find(campaignId)
                .orElseThrow(() -> new TrainingException(TrainingException.Reason.NOT_FOUND));
        if (campaign.type() != CampaignType.TRAINING) {
            throw new TrainingException(TrainingException.Reason.NOT_A_COURSE);
        }
        return new Course(campaignId, campaign.title(), campaign.frameworkId(),
                repository.rule(campaignId).orElse(CalibrationRule.DEFAULT));
    }

    Framework framework(Course course) {
        return frameworks.load(course.frameworkId())
                .orElseThrow(() -> new TrainingException(TrainingException.Reason.NOT_FOUND));
    }

    StoredExercise exercise(long exerciseId) {
        return repository.exercise(exerciseId)
                .orElseThrow(() -> new TrainingException(TrainingException.Reason.NOT_FOUND));
    }
}
