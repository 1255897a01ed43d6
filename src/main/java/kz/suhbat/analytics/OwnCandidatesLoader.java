package kz.suhbat.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignFilter;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.CampaignSummary;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Iin;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.results.CampaignResults;
import kz.suhbat.results.CampaignResultsService;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.security.OfficeService;

/**
 * Reads this office's campaigns (never a training course) through the services that keep them, as the
 * facts a report counts: each candidate's group values, decision, total and competency results. A reading
 * serves the reports asked for within a few seconds of it, so one page of reports reads the office once.
 */
public final class OwnCandidatesLoader implements Supplier<OwnCandidates> {

    private static final long FRESH_SECONDS = 5;

    private final CampaignService campaigns;
    private final CampaignResultsService results;
    private final RubricService rubric;
    private final OfficeService office;
    private final Clock clock;
    private OwnCandidates last;
    private Instant readAt = Instant.MIN;

    public OwnCandidatesLoader(CampaignService campaigns, CampaignResultsService results, RubricService rubric,
                               OfficeService office, Clock clock) {
        this.campaigns = campaigns;
        this.results = results;
        this.rubric = rubric;
        this.office = office;
        this.clock = clock;
    }

    @Override
    public synchronized OwnCandidates get() {
        Instant now = clock.instant();
        if (last == null || now.isAfter(readAt.plusSeconds(FRESH_SECONDS)) || now.isBefore(readAt)) {
            last = read();
            readAt = now;
        }
        return last;
    }

    private OwnCandidates read() {
        String officeName = office.office().primaryName();
        Map<String, Competency> competencies = new LinkedHashMap<>();
        Map<Long, Framework> frameworks = new HashMap<>();
        List<CandidateFact> facts = new ArrayList<>();
        for (CampaignSummary summary : campaigns.list(CampaignFilter.ALL)) {
            Campaign campaign = summary.campaign();
            if (campaign.type() == CampaignType.TRAINING) {
                continue;
            }
            Framework framework = frameworks.computeIfAbsent(campaign.frameworkId(),
                    id -> rubric.load(id).orElseThrow());
            framework.competencies().forEach(c -> competencies.putIfAbsent(c.code(), new Competency(c.code(),
                    c.name().kk(), c.name().ru(), c.name().en())));
            for (CampaignResults.Row row : results.results(campaign.id()).rows()) {
                row.deliberation().ifPresent(d -> facts.add(fact(officeName, campaign, framework, row, d)));
            }
        }
        List<String> used = facts.stream().flatMap(f -> f.competencies().stream())
                .map(CandidateFact.CompetencyFact::code).distinct().toList();
        return new OwnCandidates(competencies.values().stream().filter(c -> used.contains(c.code())).toList(), facts);
    }

    private static CandidateFact fact(String officeName, Campaign campaign, Framework framework,
                                      CampaignResults.Row row, Deliberation deliberation) {
        Candidate candidate = row.candidate();
        PositionProfile profile = framework.profiles().stream()
                .filter(p -> p.code().equals(candidate.post().profileCode())).findFirst().orElse(null);
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        values.put(Dimension.TYPE, campaign.type().name());
        values.put(Dimension.REGION, campaign.region().name());
        values.put(Dimension.OFFICE, campaign.officeCode());
        values.put(Dimension.BODY, campaign.body().name());
        values.put(Dimension.POST_GROUP, profile == null ? ""
                : Dimension.postGroup(profile.corps().name(), profile.postGroup().name()));
        values.put(Dimension.YEAR, Integer.toString(row.sittingDate().orElse(campaign.opens()).getYear()));
        boolean finalised = row.status() == CampaignResults.Status.FINALISED;
        List<CandidateFact.CompetencyFact> competencies = deliberation.results().competencies().stream()
                .map(OwnCandidatesLoader::competency).toList();
        return new CandidateFact(values, officeName, campaign.title().primary(), Iin.mask(candidate.iin()),
                (candidate.lastName() + " " + candidate.firstName() + " " + candidate.middleName()).strip(),
                candidate.post().name().primary(), row.sittingDate().orElse(null),
                finalised ? deliberation.decision().map(Enum::name).orElse(null) : null,
                deliberation.results().reachesThreshold(), deliberation.results().total(), competencies);
    }

    private static CandidateFact.CompetencyFact competency(CompetencyResult result) {
        return new CandidateFact.CompetencyFact(result.competencyCode(), result.result(), result.spread(),
                result.outcome() != null && result.outcome().agreedLevel() != null);
    }
}
