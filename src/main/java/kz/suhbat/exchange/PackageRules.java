package kz.suhbat.exchange;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Iin;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.FrameworkRules;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.results.CampaignResults;

/**
 * What a signed package must hold before the central office takes it: the campaign the manifest names,
 * known codes for every kind, dates that are dates, every text and number within what the central
 * tables keep, valid IINs, levels within the scale, each score, result and vote given once and only by
 * the package's own members on its own competencies, and results that its scores and votes give
 * ({@link PackageRecount}). A signature proves origin, not that the office's software wrote sense;
 * anything else is refused as invalid data, naming the field and never its content. {@code verify} and
 * {@code import} apply these same rules, so a package that verifies is one the central office can store.
 */
final class PackageRules {

    /** The sizes of the central office's columns (see the migrations). */
    static final int TITLE = Campaign.TITLE_LIMIT;
    static final int POST = Post.NAME_LIMIT;
    static final int ORGANISATION = PanelMember.ORGANISATION_LIMIT;
    static final int POSTS = Campaign.POSTS_LIMIT;
    static final int CODE = 64;
    static final int NAME = 300;
    static final int PERSON_NAME = kz.suhbat.campaign.Candidate.NAME_LIMIT;
    static final int FILE_NAME = 300;
    static final int REASON = 2000;
    static final int OPINION = 4000;
    /** DECIMAL(6, 2): thresholds, weights, means and results. */
    private static final Precision SMALL = new Precision(6, 2);
    /** DECIMAL(10, 4): a candidate's total, kept exact. */
    private static final Precision TOTAL = new Precision(10, 4);
    /** The levels a package without its scale may hold: the widest scale a framework may have. */
    private static final PackageData.ScalePart WIDEST = new PackageData.ScalePart(RatingScale.LOWEST,
            RatingScale.HIGHEST);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final String SHA256 = "[0-9a-f]{64}";

    private PackageRules() {
    }

    /** A column's DECIMAL(precision, scale): a number it keeps exactly, without rounding. */
    private record Precision(int precision, int scale) {
        boolean fits(BigDecimal value) {
            BigDecimal plain = value.stripTrailingZeros();
            int decimals = Math.max(plain.scale(), 0);
            int whole = plain.precision() - plain.scale();
            return decimals <= scale && whole <= precision - scale;
        }
    }

    static void check(PackageData data, Manifest manifest, String fileName) {
        manifest(manifest, fileName);
        PackageData.CampaignPart campaign = data.campaign();
        require(campaign.id() == manifest.campaignId(), "campaign.id");
        known(CampaignType.class, campaign.type(), "campaign.type");
        if (CampaignType.TRAINING.name().equals(campaign.type())) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.TRAINING_STAYS);
        }
        known(kz.suhbat.security.Region.class, campaign.region(), "campaign.region");
        if (campaign.body() != null) {
            known(StateBody.class, campaign.body(), "campaign.body");
        }
        date(campaign.opens(), "campaign.opens");
        date(campaign.closes(), "campaign.closes");
        text(campaign.title(), TITLE, "campaign.title");
        campaign.posts().forEach(post -> text(post, POST, "campaign.posts"));
        require(String.join("\n", campaign.posts()).length() <= POSTS, "campaign.posts");
        text(campaign.profileCode(), CODE, "campaign.profileCode");
        PackageData.ScalePart scale = scale(data.scale());
        threshold(campaign.threshold(), scale, "campaign.threshold");
        Set<String> competencies = new HashSet<>();
        for (PackageData.CompetencyPart c : data.competencies()) {
            require(competencies.add(text(c.code(), CODE, "competency.code")), "competency.code");
            text(c.nameKk(), FrameworkRules.COMPETENCY_NAME_LIMIT, "competency.name");
            text(c.nameRu(), FrameworkRules.COMPETENCY_NAME_LIMIT, "competency.name");
            text(c.nameEn(), FrameworkRules.COMPETENCY_NAME_LIMIT, "competency.name");
            number(c.weight(), SMALL, "competency.weight");
        }
        Set<Long> members = data.members().stream().map(PackageData.MemberPart::id).collect(Collectors.toSet());
        require(members.size() == data.members().size(), "member.id");
        for (PackageData.MemberPart m : data.members()) {
            text(m.fullName(), NAME, "member.fullName");
            known(PanelRole.class, m.role(), "member.role");
            known(Affiliation.class, m.affiliation(), "member.affiliation");
            optionalText(m.organisation(), ORGANISATION, "member.organisation");
        }
        Set<Long> candidates = new HashSet<>();
        for (PackageData.CandidatePart c : data.candidates()) {
            require(candidates.add(c.id()), "candidate.id");
            candidate(c, members, competencies, scale);
        }
        Set<String> profiles = new HashSet<>();
        profiled(data);
        for (PackageData.ProfilePart p : data.profiles()) {
            require(profiles.add(text(p.code(), CODE, "profile.code")), "profile.code");
            threshold(p.threshold(), scale, "profile.threshold");
            if (p.postGroup() != null || p.corps() != null) {
                known(PostGroup.class, p.postGroup(), "profile.postGroup");
                known(Corps.class, p.corps(), "profile.corps");
            }
            Set<String> weighted = new HashSet<>();
            p.weights().forEach(w -> {
                require(competencies.contains(w.competency()) && weighted.add(w.competency()), "profile.weight");
                number(w.weight(), SMALL, "profile.weight");
            });
        }
        recount(data);
    }

    /** The results computed again; data too odd to compute from (no level to average) is invalid, not a crash. */
    private static void recount(PackageData data) {
        try {
            PackageRecount.check(data);
        } catch (ExchangeRefusal refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            throw invalid("results");
        }
    }

    /**
     * Every candidate's profile is one the package carries (when it carries profiles), so that each
     * candidate's results are computed again; none escapes the recount by naming a profile it lacks.
     */
    private static void profiled(PackageData data) {
        if (data.profiles().isEmpty()) {
            return;
        }
        Set<String> carried = data.profiles().stream().map(PackageData.ProfilePart::code).collect(Collectors.toSet());
        require(carried.contains(data.campaign().profileCode()), "campaign.profileCode");
        for (PackageData.CandidatePart c : data.candidates()) {
            require(c.profileCode() == null || carried.contains(c.profileCode()), "candidate.profileCode");
        }
    }

    /** What of the manifest the central office keeps, beyond what the reader checked. */
    private static void manifest(Manifest manifest, String fileName) {
        require(fileName != null && fileName.length() <= FILE_NAME, "fileName");
        instant(manifest.createdAt());
        require(manifest.auditHead() != null && manifest.auditHead().matches(SHA256), "auditHead");
        require(manifest.keyFingerprint().matches(SHA256), "keyFingerprint");
    }

    /** The package's scale, or, in a package that does not carry it, the widest a framework may have. */
    private static PackageData.ScalePart scale(PackageData.ScalePart carried) {
        if (carried == null) {
            return WIDEST;
        }
        require(carried.lowest() >= WIDEST.lowest() && carried.highest() <= WIDEST.highest()
                && carried.lowest() < carried.highest(), "scale");
        return carried;
    }

    private static void candidate(PackageData.CandidatePart c, Set<Long> members, Set<String> competencies,
                                  PackageData.ScalePart scale) {
        text(c.lastName(), PERSON_NAME, "candidate.lastName");
        optionalText(c.firstName(), PERSON_NAME, "candidate.firstName");
        optionalText(c.middleName(), PERSON_NAME, "candidate.middleName");
        text(c.post(), POST, "candidate.post");
        require(c.iin() != null && c.iin().length() == Iin.LENGTH && Iin.isValid(c.iin()), "candidate.iin");
        known(CampaignResults.Status.class, c.status(), "candidate.status");
        if (c.sittingDate() != null) {
            date(c.sittingDate(), "candidate.sittingDate");
        }
        if (c.decision() != null) {
            known(Outcome.class, c.decision(), "candidate.decision");
        }
        if (c.total() != null) {
            number(c.total(), TOTAL, "candidate.total");
        }
        if (c.profileCode() != null || c.threshold() != null) {
            text(c.profileCode(), CODE, "candidate.profileCode");
            threshold(c.threshold(), scale, "candidate.threshold");
        }
        if (c.absent()) {
            require(CampaignResults.Status.NOT_INTERVIEWED.name().equals(c.status()) && c.total() == null
                    && c.reached() == null && c.decision() == null && c.scores().isEmpty() && c.results().isEmpty()
                    && c.votes().isEmpty(), "candidate.absent");
        }
        if (c.total() == null) {
            // Not deliberated: nothing to recount, so nothing that a recount would have to vouch for.
            require(c.reached() == null && c.decision() == null && c.scores().isEmpty() && c.results().isEmpty()
                    && c.votes().isEmpty(), "candidate.total");
        }
        Set<Long> recused = new HashSet<>(c.recused());
        require(members.containsAll(recused) && recused.size() == c.recused().size(), "candidate.recused");
        Set<String> scored = new HashSet<>();
        for (PackageData.ScorePart s : c.scores()) {
            require(members.contains(s.member()) && competencies.contains(s.competency()), "score");
            require(!recused.contains(s.member()), "score.recused");
            require(scored.add(s.member() + "\n" + s.competency()), "score.twice");
            require(s.level() >= scale.lowest() && s.level() <= scale.highest(), "score.level");
        }
        Set<String> resulted = new HashSet<>();
        for (PackageData.ResultPart r : c.results()) {
            require(competencies.contains(r.competency()), "result");
            require(resulted.add(r.competency()), "result.twice");
            number(r.mean(), SMALL, "result.mean");
            number(r.result(), SMALL, "result.result");
            require(r.agreedLevel() == null || r.agreedLevel() >= scale.lowest()
                    && r.agreedLevel() <= scale.highest(), "result.agreedLevel");
            require(r.reason() == null || r.reason().length() <= REASON, "result.reason");
        }
        Set<Long> voted = new HashSet<>();
        for (PackageData.VotePart v : c.votes()) {
            require(members.contains(v.member()), "vote.member");
            require(!recused.contains(v.member()), "vote.recused");
            require(voted.add(v.member()), "vote.twice");
            known(Outcome.class, v.outcome(), "vote.outcome");
            require(v.opinion() == null || v.opinion().length() <= OPINION, "vote.opinion");
        }
    }

    /** The moment the package was made, as the manifest gives it. */
    static Instant instant(String text) {
        try {
            Instant instant = Instant.parse(text);
            LocalDate day = LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
            require(!day.isBefore(EARLIEST) && !day.isAfter(LATEST), "createdAt");
            return instant;
        } catch (DateTimeException | NullPointerException e) {
            throw invalid("createdAt");
        }
    }

    private static String text(String value, int limit, String field) {
        require(value != null && !value.isBlank() && value.length() <= limit, field);
        return value;
    }

    private static void optionalText(String value, int limit, String field) {
        require(value != null && value.length() <= limit, field);
    }

    private static void number(BigDecimal value, Precision column, String field) {
        require(value != null && column.fits(value), field);
    }

    /** A pass threshold: a number the central column keeps, on the scale's levels (a reachable one). */
    private static void threshold(BigDecimal value, PackageData.ScalePart scale, String field) {
        number(value, SMALL, field);
        require(value.compareTo(BigDecimal.valueOf(scale.lowest())) >= 0
                && value.compareTo(BigDecimal.valueOf(scale.highest())) <= 0, field);
    }

    private static void date(String value, String field) {
        try {
            LocalDate date = LocalDate.parse(value);
            require(!date.isBefore(EARLIEST) && !date.isAfter(LATEST), field);
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
