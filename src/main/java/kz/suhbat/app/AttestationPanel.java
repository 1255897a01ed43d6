package kz.suhbat.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.campaign.Post;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.exchange.PackageRecount;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.scoring.CompetencyResult;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Results;

/**
 * One campaign of {@link NationalAttestation}: its commission of five and its candidates, each scored by
 * the members who take part, with results, votes and the decision planned for them, computed by the
 * rules the central office checks them by.
 */
final class AttestationPanel {

    static final int MEMBERS = 5;
    /** The member who recuses themselves now and then (never the chair, never a rater of known temper). */
    static final long RECUSING = 5;
    private static final String[] POSTS = {"Бөлім басшысы", "Бас маман"};
    private static final int MANAGERIAL_PERCENT = 22;
    /** How far a member's level strays from the candidate's true level, as a standard deviation. */
    private static final double RATER_NOISE = 0.3;
    private static final String[] NAMES = {"Жақсылықов Талғат Ерланұлы", "Бекова Сәуле Маратқызы",
        "Николаев Андрей Петрович", "Төлеуова Айнұр Қайратқызы", "Смағұлов Дархан Серікұлы",
        "Ермекова Гүлнар Асқарқызы", "Ким Виктор Сергеевич", "Құдайбергенов Нұржан Бақытұлы",
        "Әлиева Жанар Төлегенқызы", "Петрова Ольга Николаевна", "Сәрсенбаев Ғалым Оралұлы"};

    private final Framework framework;
    private final List<PositionProfile> profiles;
    private final NationalAttestation.Sending sending;
    private final int year;
    private final Random random;
    private final List<PackageData.CompetencyPart> competencies;

    AttestationPanel(Framework framework, List<PositionProfile> profiles, NationalAttestation.Sending sending,
                     int year, Random random) {
        this.framework = framework;
        this.profiles = profiles;
        this.sending = sending;
        this.year = year;
        this.random = random;
        this.competencies = competencies();
    }

    /** The campaign whose decided candidates receive {@code planned}, in order, and one or two did not appear. */
    PackageData campaign(Outcome[] planned, String title) {
        LocalDate opens = LocalDate.of(year, 3, 1);
        List<PackageData.CandidatePart> candidates = new ArrayList<>();
        int absent = planned.length >= 40 ? 2 : 1;
        int id = 1;
        for (Outcome outcome : planned) {
            candidates.add(decided(id++, outcome, opens.plusDays(random.nextInt(240))));
        }
        for (int i = 0; i < absent; i++) {
            candidates.add(absent(id++));
        }
        PositionProfile first = profiles.get(0);
        return new PackageData(new PackageData.CampaignPart(sending.sequence(), title, "ATTESTATION",
                List.of(POSTS), opens.toString(), opens.plusMonths(9).toString(), sending.office().region().name(),
                first.code(), first.passThreshold(), sending.body()), competencies, members(), candidates,
                profiles.stream().map(p -> new PackageData.ProfilePart(p.code(), p.passThreshold(),
                        p.competencies().stream().map(c -> new PackageData.WeightPart(c.competencyCode(), c.weight()))
                                .toList(), p.postGroup().name(), p.corps().name())).toList());
    }

    private PackageData.CandidatePart decided(long id, Outcome planned, LocalDate sat) {
        boolean managerial = random.nextInt(100) < MANAGERIAL_PERCENT;
        PositionProfile profile = profiles.get(managerial ? 0 : 1);
        Candidate person = DemoCampaigns.candidate(0, new Post(0, LocalizedText.kk(POSTS[managerial ? 0 : 1]),
                profile.code()), random);
        boolean against = planned == Outcome.FITS_POST ? random.nextInt(100) == 0
                : planned == Outcome.DEMOTION && random.nextInt(20) == 0;
        boolean reach = planned.favourable() != against;
        List<Long> raters = new ArrayList<>();
        for (long m = 1; m <= MEMBERS; m++) {
            if (m != RECUSING || random.nextInt(50) != 0) {
                raters.add(m);
            }
        }
        double base = against ? profile.passThreshold().doubleValue() + (reach ? 0.15 : -0.15) : base(planned);
        Sheet sheet = null;
        for (int attempt = 0; sheet == null || sheet.results().reachesThreshold() != reach; attempt++) {
            sheet = sheet(profile, raters, base + (reach ? 0.05 : -0.05) * attempt);
        }
        return new PackageData.CandidatePart(id, person.lastName(), person.firstName(), person.middleName(),
                person.iin(), POSTS[managerial ? 0 : 1], sat.toString(), "FINALISED", sheet.results().total(), reach,
                planned.name(), sheet.scores(), sheet.carried(sheet.results()), votes(planned, raters), profile.code(),
                profile.passThreshold());
    }

    private PackageData.CandidatePart absent(long id) {
        PositionProfile profile = profiles.get(1);
        Candidate person = DemoCampaigns.candidate(0, new Post(0, LocalizedText.kk(POSTS[1]), profile.code()), random);
        return new PackageData.CandidatePart(id, person.lastName(), person.firstName(), person.middleName(),
                person.iin(), POSTS[1], null, "NOT_INTERVIEWED", null, null, null, List.of(), List.of(), List.of(),
                profile.code(), profile.passThreshold(), true);
    }

    /** The members' levels, the levels the panel agreed on divergent competencies, and the results they give. */
    private record Sheet(List<PackageData.ScorePart> scores, Map<String, Integer> agreed, Results results) {
        List<PackageData.ResultPart> carried(Results results) {
            List<PackageData.ResultPart> parts = new ArrayList<>();
            for (CompetencyResult r : results.competencies()) {
                Integer level = agreed.get(r.competencyCode());
                parts.add(new PackageData.ResultPart(r.competencyCode(), r.mean(), level,
                        level == null ? "" : "Талқылаудан кейін келісілген деңгей", r.result()));
            }
            return parts;
        }
    }

    private Sheet sheet(PositionProfile profile, List<Long> raters, double base) {
        double ability = base + random.nextGaussian() * 0.3;
        Map<String, Double> truth = new LinkedHashMap<>();
        double sum = 0;
        for (ProfileCompetency c : profile.competencies()) {
            double level = ability + NationalAttestation.effect(sending.body(), sending.office().region(),
                    c.competencyCode()) + random.nextGaussian() * 0.45;
            truth.put(c.competencyCode(), level);
            sum += level;
        }
        double overall = sum / truth.size();
        List<PackageData.ScorePart> scores = new ArrayList<>();
        Map<String, List<Integer>> byCompetency = new LinkedHashMap<>();
        // With a severe member the others score a fifth of a level higher: every panel's average leans the same
        // way, so that no office looks weaker for its severe member alone.
        double panel = NationalAttestation.temper(sending.officeIndex(), 3) == NationalAttestation.Temper.SEVERE
                ? 0.2 : 0;
        for (long member : raters) {
            NationalAttestation.Temper temper = NationalAttestation.temper(sending.officeIndex(), member);
            double bias = panel + (temper == NationalAttestation.Temper.LENIENT ? 1
                    : temper == NationalAttestation.Temper.SEVERE ? -1 : 0);
            int halo = level(overall + random.nextGaussian() * 0.3);
            for (Map.Entry<String, Double> c : truth.entrySet()) {
                int level = temper == NationalAttestation.Temper.HALO ? halo
                        : level(c.getValue() + bias + random.nextGaussian() * RATER_NOISE);
                boolean transcribed = random.nextInt(30) == 0;
                scores.add(new PackageData.ScorePart(member, c.getKey(), level, transcribed, transcribed));
                byCompetency.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(level);
            }
        }
        Map<String, Integer> agreed = new LinkedHashMap<>();
        byCompetency.forEach((code, levels) -> {
            int spread = levels.stream().mapToInt(Integer::intValue).max().orElse(0)
                    - levels.stream().mapToInt(Integer::intValue).min().orElse(0);
            if (spread >= Campaign.DEFAULT_DIVERGENCE && random.nextInt(3) == 0) {
                agreed.put(code, levels.stream().sorted().toList().get(levels.size() / 2));
            }
        });
        List<PackageData.ResultPart> carried = agreed.entrySet().stream()
                .map(e -> new PackageData.ResultPart(e.getKey(), BigDecimal.ZERO, e.getValue(), "", BigDecimal.ZERO))
                .toList();
        Results results = PackageRecount.computed(profile.competencies(), profile.passThreshold(), scores, carried);
        return new Sheet(scores, agreed, results);
    }

    /** Every rater votes for the planned decision, now and then but one, who dissents in a separate opinion. */
    private List<PackageData.VotePart> votes(Outcome planned, List<Long> raters) {
        long dissenting = random.nextInt(25) == 0 ? raters.get(raters.size() - 1) : -1;
        List<PackageData.VotePart> votes = new ArrayList<>();
        for (long member : raters) {
            votes.add(member == dissenting
                    ? new PackageData.VotePart(member, dissent(planned).name(), "Ерекше пікір: шешіммен келіспеймін")
                    : new PackageData.VotePart(member, planned.name(), ""));
        }
        return votes;
    }

    private static Outcome dissent(Outcome planned) {
        return switch (planned) {
            case FITS_POST -> Outcome.PROMOTION;
            case PROMOTION, DEMOTION -> Outcome.FITS_POST;
            default -> Outcome.DEMOTION;
        };
    }

    private static double base(Outcome planned) {
        return switch (planned) {
            case PROMOTION -> 4.5;
            case DEMOTION -> 2.6;
            case DISMISSAL -> 1.8;
            default -> 3.85;
        };
    }

    private static int level(double value) {
        return (int) Math.max(1, Math.min(5, Math.round(value)));
    }

    private List<PackageData.CompetencyPart> competencies() {
        List<PackageData.CompetencyPart> parts = new ArrayList<>();
        for (PositionProfile profile : profiles) {
            for (ProfileCompetency c : profile.competencies()) {
                if (parts.stream().noneMatch(p -> p.code().equals(c.competencyCode()))) {
                    var competency = framework.competency(c.competencyCode()).orElseThrow();
                    parts.add(new PackageData.CompetencyPart(c.competencyCode(), competency.name().kk(),
                            competency.name().ru(), competency.name().en(), c.weight()));
                }
            }
        }
        return parts;
    }

    private List<PackageData.MemberPart> members() {
        List<PackageData.MemberPart> members = new ArrayList<>();
        for (int m = 1; m <= MEMBERS; m++) {
            String name = NAMES[(sending.officeIndex() * 3 + m) % NAMES.length];
            boolean publicCouncil = m == MEMBERS;
            members.add(new PackageData.MemberPart(m, name, m == 1 ? "CHAIR" : "MEMBER",
                    publicCouncil ? "PUBLIC_COUNCIL" : m == 4 ? "ACADEMIA" : "STATE_BODY",
                    publicCouncil ? "Қоғамдық кеңес" : m == 4 ? "Университет" : "Агенттіктің өңірлік департаменті",
                    m == 2));
        }
        return members;
    }
}
