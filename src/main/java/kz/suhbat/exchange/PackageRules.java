package kz.suhbat.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.results.CampaignResults;
import kz.suhbat.security.Region;

/**
 * What the data of a signed package must hold before it is stored: the campaign the manifest names,
 * known codes for every kind, dates that are dates, and scores, results and votes that refer to the
 * package's own members and competencies. A signature proves origin, not that the office's software
 * wrote sense; anything else is refused as invalid data.
 */
final class PackageRules {

    private static final int LONGEST_TEXT = 4000;

    private PackageRules() {
    }

    static void check(PackageData data, Manifest manifest) {
        PackageData.CampaignPart campaign = data.campaign();
        require(campaign.id() == manifest.campaignId(), "campaign.id");
        known(CampaignType.class, campaign.type(), "campaign.type");
        if (CampaignType.TRAINING.name().equals(campaign.type())) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.TRAINING_STAYS);
        }
        known(Region.class, campaign.region(), "campaign.region");
        if (campaign.body() != null) {
            known(StateBody.class, campaign.body(), "campaign.body");
        }
        date(campaign.opens(), "campaign.opens");
        date(campaign.closes(), "campaign.closes");
        text(campaign.title(), "campaign.title");
        text(campaign.profileCode(), "campaign.profileCode");
        require(campaign.threshold() != null, "campaign.threshold");
        Set<String> competencies = new HashSet<>();
        for (PackageData.CompetencyPart c : data.competencies()) {
            require(competencies.add(text(c.code(), "competency.code")), "competency.code");
            text(c.nameKk(), "competency.name");
            text(c.nameRu(), "competency.name");
            text(c.nameEn(), "competency.name");
            require(c.weight() != null, "competency.weight");
        }
        Set<Long> members = data.members().stream().map(PackageData.MemberPart::id).collect(Collectors.toSet());
        require(members.size() == data.members().size(), "member.id");
        for (PackageData.MemberPart m : data.members()) {
            text(m.fullName(), "member.fullName");
            known(PanelRole.class, m.role(), "member.role");
            known(Affiliation.class, m.affiliation(), "member.affiliation");
            require(m.organisation() != null, "member.organisation");
        }
        Set<Long> candidates = new HashSet<>();
        for (PackageData.CandidatePart c : data.candidates()) {
            require(candidates.add(c.id()), "candidate.id");
            candidate(c, members, competencies);
        }
        for (PackageData.ProfilePart p : data.profiles()) {
            text(p.code(), "profile.code");
            require(p.threshold() != null, "profile.threshold");
            if (p.postGroup() != null || p.corps() != null) {
                known(PostGroup.class, p.postGroup(), "profile.postGroup");
                known(Corps.class, p.corps(), "profile.corps");
            }
            p.weights().forEach(w -> require(competencies.contains(w.competency()) && w.weight() != null,
                    "profile.weight"));
        }
        PackageRecount.check(data);
    }

    private static void candidate(PackageData.CandidatePart c, Set<Long> members, Set<String> competencies) {
        text(c.lastName(), "candidate.lastName");
        require(c.firstName() != null && c.middleName() != null && c.post() != null, "candidate.name");
        require(c.iin() != null && c.iin().matches("\\d{12}"), "candidate.iin");
        known(CampaignResults.Status.class, c.status(), "candidate.status");
        if (c.sittingDate() != null) {
            date(c.sittingDate(), "candidate.sittingDate");
        }
        if (c.decision() != null) {
            known(Outcome.class, c.decision(), "candidate.decision");
        }
        if (c.profileCode() != null || c.threshold() != null) {
            text(c.profileCode(), "candidate.profileCode");
            require(c.threshold() != null, "candidate.threshold");
        }
        if (c.absent()) {
            require(CampaignResults.Status.NOT_INTERVIEWED.name().equals(c.status()) && c.total() == null
                    && c.reached() == null && c.decision() == null && c.scores().isEmpty() && c.results().isEmpty()
                    && c.votes().isEmpty(), "candidate.absent");
        }
        for (PackageData.ScorePart s : c.scores()) {
            require(members.contains(s.member()) && competencies.contains(s.competency()), "score");
            require(s.level() >= 0 && s.level() <= 10, "score.level");
        }
        for (PackageData.ResultPart r : c.results()) {
            require(competencies.contains(r.competency()) && r.mean() != null && r.result() != null, "result");
        }
        for (PackageData.VotePart v : c.votes()) {
            require(members.contains(v.member()), "vote.member");
            known(Outcome.class, v.outcome(), "vote.outcome");
        }
    }

    private static String text(String value, String field) {
        require(value != null && !value.isBlank() && value.length() <= LONGEST_TEXT, field);
        return value;
    }

    private static void date(String value, String field) {
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw invalid(field);
        }
    }

    private static <E extends Enum<E>> void known(Class<E> type, String name, String field) {
        try {
            Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(field);
        }
    }

    private static void require(boolean condition, String field) {
        if (!condition) {
            throw invalid(field);
        }
    }

    private static ExchangeRefusal invalid(String field) {
        return new ExchangeRefusal(ExchangeRefusal.Reason.INVALID_DATA, field);
    }
}
