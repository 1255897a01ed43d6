package kz.suhbat.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.interview.DeliberationService;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;
import kz.suhbat.security.Access;
import kz.suhbat.security.OfficeService;
import kz.suhbat.security.Operation;

/**
 * Gathers the protocol of a sitting from the services that keep its parts, each with its own checks:
 * the scores come through the deliberation, so a candidate whose sheets are not all in appears without
 * them.
 */
public final class ProtocolService {

    private final Access access;
    private final OfficeService offices;
    private final CampaignService campaigns;
    private final PanelService panels;
    private final InterviewService interviews;
    private final DeliberationService deliberations;

    public ProtocolService(Access access, OfficeService offices, CampaignService campaigns, PanelService panels,
                           InterviewService interviews, DeliberationService deliberations) {
        this.access = access;
        this.offices = offices;
        this.campaigns = campaigns;
        this.panels = panels;
        this.interviews = interviews;
        this.deliberations = deliberations;
    }

    public SittingProtocol protocol(long sittingId) {
        access.require(Operation.INTERVIEW_READ);
        Agenda agenda = panels.agenda(sittingId);
        Sitting sitting = agenda.sitting();
        Campaign campaign = campaigns.campaign(sitting.campaignId()).orElseThrow();
        Map<Long, Interview> byCandidate = new HashMap<>();
        interviews.interviews(sittingId).forEach(i -> byCandidate.put(i.candidateId(), i));
        Map<String, LocalizedText> names = new HashMap<>();
        List<SittingProtocol.Entry> entries = new ArrayList<>();
        for (Agenda.Item item : agenda.items()) {
            Interview interview = byCandidate.get(item.slot().candidateId());
            if (interview != null && names.isEmpty()) {
                interviews.guide(interview.id()).competencies().stream().map(GuideCompetency::competency)
                        .forEach(c -> names.put(c.code(), c.name()));
            }
            entries.add(new SittingProtocol.Entry(item, interview == null ? Optional.empty()
                    : revealed(interview.id())));
        }
        return new SittingProtocol(offices.office(), campaign, sitting, panels.members(campaign.id()), agenda,
                entries, names);
    }

    private Optional<kz.suhbat.interview.Deliberation> revealed(long interviewId) {
        try {
            return Optional.of(deliberations.deliberation(interviewId));
        } catch (kz.suhbat.interview.InterviewException notYet) {
            return Optional.empty();
        }
    }
}
