package kz.suhbat.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import kz.suhbat.app.Services;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.interview.Interview;
import kz.suhbat.panel.Sitting;

/**
 * Every service method that reads one campaign, its candidates, panel, sittings, interviews, results or
 * protocol, by name ("CampaignService.campaign"), called on the given campaign, sitting and interview.
 */
public final class CampaignReads {

    private CampaignReads() {
    }

    public static Map<String, Supplier<Object>> of(Services s, Campaign campaign, Sitting sitting,
                                                   Interview interview) {
        Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
        reads.put("CampaignService.campaign", () -> s.campaigns().campaign(campaign.id()));
        reads.put("CampaignService.candidates", () -> s.campaigns().candidates(campaign.id()));
        reads.put("PanelService.members", () -> s.panels().members(campaign.id()));
        reads.put("PanelService.declarations", () -> s.panels().declarations(campaign.id()));
        reads.put("PanelService.sittings", () -> s.panels().sittings(campaign.id()));
        reads.put("PanelService.agenda", () -> s.panels().agenda(sitting.id()));
        reads.put("InterviewService.interviews", () -> s.interviews().interviews(sitting.id()));
        reads.put("InterviewService.startedAt", () -> s.interviews().startedAt(sitting.id(),
                interview.candidateId()));
        reads.put("InterviewService.questions", () -> s.interviews().questions(campaign.id()));
        reads.put("InterviewService.guide", () -> s.interviews().guide(interview.id()));
        reads.put("InterviewService.raters", () -> s.interviews().raters(interview.id()));
        reads.put("InterviewService.panelNotes", () -> s.interviews().panelNotes(interview.id()));
        reads.put("TimerService.elapsed", () -> s.timers().elapsed(interview.id()));
        reads.put("DeliberationService.deliberation", () -> s.deliberation().deliberation(interview.id()));
        reads.put("CampaignResultsService.results", () -> s.results().results(campaign.id()));
        reads.put("ProtocolService.protocol", () -> s.protocols().protocol(sitting.id()));
        return reads;
    }
}
