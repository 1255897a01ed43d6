package kz.suhbat.interview;

import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignRepository;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.panel.PanelRepository;
import kz.suhbat.panel.Sitting;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkRepository;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.security.Account;
import kz.suhbat.security.CampaignScope;

/** Finds an interview and what it is assessed against, for the interview services; refuses what is missing. */
public final class InterviewLookup {

    private final InterviewRepository interviews;
    private final CampaignRepository campaigns;
    private final PanelRepository panels;
    private final FrameworkRepository frameworks;
    private final CampaignScope scope;

    public InterviewLookup(InterviewRepository interviews, CampaignRepository campaigns, PanelRepository panels,
                    FrameworkRepository frameworks, CampaignScope scope) {
        this.interviews = interviews;
        this.campaigns = campaigns;
        this.panels = panels;
        this.frameworks = frameworks;
        this.scope = scope;
    }

    /** Refuses a reader who does not sit on the panel of the campaign (a member or an observer). */
    void readable(Account reader, long campaignId) {
        scope.check(reader, campaignId);
    }

    /** Refuses a reader who does not sit on the panel of the interview's campaign. */
    void readableInterview(Account reader, long interviewId) {
        interviews.interview(interviewId).ifPresent(i -> readable(reader, i.campaignId()));
    }

    /** Refuses a reader who does not sit on the panel of the sitting's campaign. */
    void readableSitting(Account reader, long sittingId) {
        panels.sitting(sittingId).ifPresent(s -> readable(reader, s.campaignId()));
    }

    InterviewRepository interviews() {
        return interviews;
    }

    CampaignRepository campaigns() {
        return campaigns;
    }

    PanelRepository panels() {
        return panels;
    }

    /** The interview, refused to a signed-in account outside its campaign's scope. */
    Interview interview(long id) {
        Interview interview = interviews.interview(id)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        scope.checkSignedIn(interview.campaignId());
        return interview;
    }

    /** The interview, refused once it is finalised: its record is locked. */
    Interview inProgress(long id) {
        Interview interview = interview(id);
        if (interview.finalised()) {
            throw new InterviewException(InterviewException.Reason.FINALISED);
        }
        return interview;
    }

    /** The sitting, refused to a signed-in account outside its campaign's scope. */
    Sitting sitting(long id) {
        Sitting sitting = panels.sitting(id)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        scope.checkSignedIn(sitting.campaignId());
        return sitting;
    }

    /** The campaign, refused to a signed-in account outside its scope. */
    Campaign campaign(long id) {
        Campaign campaign = campaigns.find(id)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        scope.checkSignedIn(id);
        return campaign;
    }

    Framework framework(Campaign campaign) {
        return frameworks.load(campaign.frameworkId())
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
    }

    /** The profile of the candidate's post, which the interview is assessed against. */
    PositionProfile profile(Campaign campaign, Interview interview) {
        Candidate candidate = campaigns.candidate(interview.candidateId())
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        return profile(campaign, candidate.post().profileCode());
    }

    PositionProfile profile(Campaign campaign, String profileCode) {
        return framework(campaign).profiles().stream().filter(p -> p.code().equals(profileCode))
                .findFirst().orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
    }

    Rater rater(long interviewId, long memberId) {
        return interviews.raters(interviewId).stream().filter(r -> r.memberId() == memberId).findFirst()
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_A_RATER));
    }

    /** The rater of the interview whose account is {@code accountId}: the member signed in themselves. */
    Rater raterOfAccount(long interviewId, long accountId) {
        return interviews.raters(interviewId).stream()
                .filter(r -> r.accountId() != null && r.accountId() == accountId).findFirst()
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_A_RATER));
    }

    /** How many voting members the campaign's panel has; the quorum is a share of them. */
    int votingMembers(long campaignId) {
        return (int) panels.members(campaignId).stream().filter(m -> m.role().voting()).count();
    }
}
