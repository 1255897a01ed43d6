package kz.suhbat.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.DeliberationService;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;
import kz.suhbat.security.Access;
import kz.suhbat.security.Operation;

/**
 * Gathers a campaign's results through the services that keep them, each with its own checks: scores
 * come through the deliberation, so a candidate whose sheets are not all in has none yet.
 */
public final class CampaignResultsService {

    private final Access access;
    private final CampaignService campaigns;
    private final PanelService panels;
    private final InterviewService interviews;
    private final DeliberationService deliberations;

    public CampaignResultsService(Access access, CampaignService campaigns, PanelService panels,
                                  InterviewService interviews, DeliberationService deliberations) {
        this.access = access;
        this.campaigns = campaigns;
        this.panels = panels;
        this.interviews = interviews;
        this.deliberations = deliberations;
    }

    public CampaignResults results(long campaignId) {
        access.require(Operation.INTERVIEW_READ);
        Campaign campaign = campaigns.campaign(campaignId)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        Map<Long, Interview> byCandidate = new HashMap<>();
        Map<Long, LocalDate> dates = new HashMap<>();
        Map<Long, Boolean> absent = new HashMap<>();
        for (Sitting sitting : panels.sittings(campaignId)) {
            for (Agenda.Item item : panels.agenda(sitting.id()).items()) {
                dates.putIfAbsent(item.slot().candidateId(), sitting.date());
                absent.put(item.slot().candidateId(), item.absent());
            }
            interviews.interviews(sitting.id()).forEach(i -> byCandidate.put(i.candidateId(), i));
        }
        List<GuideCompetency> competencies = byCandidate.isEmpty() ? List.of()
                : interviews.questions(campaignId).competencies();
        List<CampaignResults.Row> rows = new ArrayList<>();
        for (Candidate candidate : campaigns.candidates(campaignId)) {
            Interview interview = byCandidate.get(candidate.id());
            CampaignResults.Status status = status(interview, absent.getOrDefault(candidate.id(), false));
            rows.add(new CampaignResults.Row(candidate, Optional.ofNullable(dates.get(candidate.id())), status,
                    interview == null ? Optional.empty() : revealed(interview.id())));
        }
        return new CampaignResults(campaign, competencies, rows);
    }

    private static CampaignResults.Status status(Interview interview, boolean absent) {
        if (interview == null) {
            return absent ? CampaignResults.Status.ABSENT : CampaignResults.Status.NOT_INTERVIEWED;
        }
        return interview.finalised() ? CampaignResults.Status.FINALISED : CampaignResults.Status.UNDER_WAY;
    }

    private Optional<Deliberation> revealed(long interviewId) {
        try {
            return Optional.of(deliberations.deliberation(interviewId));
        } catch (InterviewException notYet) {
            return Optional.empty();
        }
    }
}
