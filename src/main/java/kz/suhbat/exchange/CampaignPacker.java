package kz.suhbat.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.interview.Rater;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelService;
import kz.suhbat.results.CampaignResults;
import kz.suhbat.results.CampaignResultsService;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.rubric.RubricService;

/**
 * Gathers a campaign's data for a package through the services that keep it, so the same rules hold:
 * a candidate's scores appear only once every sheet is in.
 */
public final class CampaignPacker {

    private final CampaignService campaigns;
    private final RubricService rubric;
    private final PanelService panels;
    private final CampaignResultsService results;

    public CampaignPacker(CampaignService campaigns, RubricService rubric, PanelService panels,
                   CampaignResultsService results) {
        this.campaigns = campaigns;
        this.rubric = rubric;
        this.panels = panels;
        this.results = results;
    }

    PackageData pack(long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        if (campaign.type() == CampaignType.TRAINING) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.TRAINING_STAYS);
        }
        Framework framework = rubric.load(campaign.frameworkId())
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        Map<String, PositionProfile> profiles = framework.profiles().stream()
                .collect(Collectors.toMap(PositionProfile::code, Function.identity()));
        PositionProfile first = profile(profiles, campaign.posts().get(0).profileCode());
        Map<String, Competency> byCode = framework.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Function.identity()));
        Map<String, PackageData.CompetencyPart> competencies = new LinkedHashMap<>();
        for (String code : campaign.profileCodes()) {
            for (ProfileCompetency c : profile(profiles, code).competencies()) {
                Competency competency = byCode.get(c.competencyCode());
                competencies.putIfAbsent(c.competencyCode(), new PackageData.CompetencyPart(c.competencyCode(),
                        competency.name().kk(), competency.name().ru(), competency.name().en(), c.weight()));
            }
        }
        List<PackageData.MemberPart> members = panels.members(campaignId).stream().map(CampaignPacker::member)
                .toList();
        CampaignResults campaignResults = results.results(campaignId);
        if (campaignResults.rows().isEmpty()) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.NOTHING_TO_EXPORT);
        }
        Map<Long, List<Long>> recused = panels.declarations(campaignId).stream()
                .filter(ConflictDeclaration::conflict)
                .collect(Collectors.groupingBy(ConflictDeclaration::candidateId, TreeMap::new,
                        Collectors.mapping(ConflictDeclaration::memberId, Collectors.toList())));
        List<PackageData.CandidatePart> candidates = campaignResults.rows().stream()
                .map(row -> candidate(row, profile(profiles, row.candidate().post().profileCode()),
                        recused.getOrDefault(row.candidate().id(), List.of()))).toList();
        return new PackageData(new PackageData.CampaignPart(campaign.id(), campaign.title().primary(),
                campaign.type().name(), campaign.posts().stream().map(p -> p.name().primary()).toList(), campaign.opens().toString(),
                campaign.closes().toString(), campaign.region().name(), first.code(), first.passThreshold(),
                campaign.body().name()),
                List.copyOf(competencies.values()), members, candidates,
                campaign.profileCodes().stream().distinct().map(code -> profilePart(profile(profiles, code))).toList(),
                new PackageData.ScalePart(framework.scale().lowest(), framework.scale().highest()));
    }

    private static PackageData.ProfilePart profilePart(PositionProfile profile) {
        return new PackageData.ProfilePart(profile.code(), profile.passThreshold(), profile.competencies().stream()
                .map(c -> new PackageData.WeightPart(c.competencyCode(), c.weight())).toList(),
                profile.postGroup().name(), profile.corps().name());
    }

    private static PositionProfile profile(Map<String, PositionProfile> profiles, String code) {
        PositionProfile profile = profiles.get(code);
        if (profile == null) {
            throw new InterviewException(InterviewException.Reason.NOT_FOUND);
        }
        return profile;
    }

    private static PackageData.MemberPart member(PanelMember m) {
        return new PackageData.MemberPart(m.id(), m.fullName(), m.role().name(), m.affiliation().name(),
                m.organisation().primary(), m.deputy());
    }

    private static PackageData.CandidatePart candidate(CampaignResults.Row row, PositionProfile profile,
                                                       List<Long> recused) {
        Candidate c = row.candidate();
        String sittingDate = row.sittingDate().map(Object::toString).orElse(null);
        if (row.deliberation().isEmpty()) {
            boolean absent = row.status() == CampaignResults.Status.ABSENT;
            String status = absent ? CampaignResults.Status.NOT_INTERVIEWED.name() : row.status().name();
            return new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(),
                    c.post().name().primary(), sittingDate, status, null, null, null, List.of(), List.of(), List.of(),
                    profile.code(), profile.passThreshold(), absent, recused);
        }
        Deliberation d = row.deliberation().get();
        java.util.Set<Long> confirmed = d.raters().stream().filter(r -> r.countersignedAt() != null)
                .map(Rater::memberId).collect(Collectors.toSet());
        List<PackageData.ScorePart> scores = d.scores().stream().filter(s -> s.level() != null)
                .map(s -> new PackageData.ScorePart(s.memberId(), s.competencyCode(), s.level(), s.transcribed(),
                        confirmed.contains(s.memberId())))
                .toList();
        List<PackageData.ResultPart> resultParts = d.results().competencies().stream()
                .map(CampaignPacker::result).toList();
        List<PackageData.VotePart> votes = d.votes().stream()
                .map(v -> new PackageData.VotePart(v.memberId(), v.outcome().name(), v.opinion(), v.transcribed()))
                .toList();
        boolean finalised = row.status() == CampaignResults.Status.FINALISED;
        String decision = finalised && d.interview().decision() != null ? d.interview().decision().name() : null;
        return new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(),
                c.post().name().primary(), sittingDate, row.status().name(), d.results().total(), d.results().reachesThreshold(),
                decision, scores, resultParts, votes, profile.code(), profile.passThreshold(), false, recused);
    }

    private static PackageData.ResultPart result(CompetencyResult r) {
        boolean agreed = r.agreed();
        return new PackageData.ResultPart(r.competencyCode(), r.mean(), agreed ? r.outcome().agreedLevel() : null,
                agreed ? r.outcome().reason() : "", r.result());
    }
}
