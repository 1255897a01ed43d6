package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rater effects in one campaign (Myford and Wolfe 2003): leniency or severity, spread (central tendency),
 * halo and agreement with the rest of the panel, each measured only where other members rated the same
 * candidate on the same competency. A rater is flagged only when the confidence interval excludes "no
 * effect" and there are at least {@link #MIN_RATINGS} ratings (or candidates, for halo) behind it.
 *
 * <p>A panel of k members asks k questions at once; so that a panel where no one has a habit shows a
 * flag in no more than 5 % of sittings (not 5 % per member), every interval of a member is a Bonferroni
 * interval at 1 − 0.05 / k: together the k intervals hold with 95 % confidence.
 *
 * <p>One clearly lenient member raises the mean of "the others" for everyone else, who would then look
 * severe. So the measure goes step by step: every member is measured against all the others; the member
 * whose leniency or severity is clearest (largest |t|) keeps that result and is left out of the reference
 * of the rest, who are measured again; this repeats until no one more is flagged, or the rest would have
 * fewer than {@link #MIN_REFERENCE} other member to be measured against.
 * A rater who gave one candidate two levels on one competency counts their mean.
 */
public record RaterEffects(Scale scale, List<RaterProfile> raters, double confidence) {

    /** The fewest ratings (for halo: candidates) behind a flag. */
    public static final int MIN_RATINGS = 5;

    /** The fewest other members a rater is measured against once clearly lenient or severe ones are left out. */
    static final int MIN_REFERENCE = 1;

    public RaterEffects {
        raters = List.copyOf(raters);
    }

    public static RaterEffects of(List<Rating> ratings, Scale scale) {
        return of(ratings, scale, IntraclassCorrelation.CONFIDENCE);
    }

    public static RaterEffects of(List<Rating> ratings, Scale scale, double confidence) {
        Cells cells = Cells.of(ratings);
        double perRater = 1 - (1 - confidence) / Math.max(1, cells.raters().size());
        Map<String, RaterProfile> settled = new LinkedHashMap<>();
        Set<String> excluded = new LinkedHashSet<>();
        while (true) {
            Map<String, RaterProfile> round = new LinkedHashMap<>();
            for (String rater : cells.raters()) {
                if (!excluded.contains(rater)) {
                    round.put(rater, profile(rater, cells, excluded, perRater));
                }
            }
            RaterProfile clearest = round.size() - 2 < MIN_REFERENCE ? null : clearestLeniency(round.values());
            if (clearest == null) {
                settled.putAll(round);
                break;
            }
            settled.put(clearest.rater(), clearest);
            excluded.add(clearest.rater());
        }
        List<RaterProfile> profiles = cells.raters().stream().map(settled::get).toList();
        return new RaterEffects(scale, profiles, confidence);
    }

    /** The flagged lenient or severe rater furthest from zero in units of standard error, or null. */
    private static RaterProfile clearestLeniency(java.util.Collection<RaterProfile> profiles) {
        RaterProfile clearest = null;
        double largest = 0;
        for (RaterProfile profile : profiles) {
            if (!profile.flagged(FlagReason.LENIENT) && !profile.flagged(FlagReason.SEVERE)) {
                continue;
            }
            Leniency leniency = profile.leniency();
            double t = Math.abs(leniency.mean()) / (leniency.sd() / Math.sqrt(leniency.comparisons()));
            if (clearest == null || t > largest) {
                clearest = profile;
                largest = t;
            }
        }
        return clearest;
    }

    public RaterProfile rater(String rater) {
        return raters.stream().filter(p -> p.rater().equals(rater)).findFirst().orElseThrow();
    }

    /**
     * One rater measured against the other members, leaving out {@code excluded}: members found clearly
     * lenient or severe before, who would otherwise make everyone else look severe or lenient.
     */
    private static RaterProfile profile(String rater, Cells cells, Set<String> excluded, double confidence) {
        List<Double> differences = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        int exact = 0;
        int adjacent = 0;
        int rated = 0;
        for (Map<String, Double> cell : cells.levels().values()) {
            Double level = cell.get(rater);
            if (level == null) {
                continue;
            }
            rated++;
            double[] rest = cell.entrySet().stream()
                    .filter(e -> !e.getKey().equals(rater) && !excluded.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).toArray();
            if (rest.length == 0) {
                continue;
            }
            differences.add(level - Moments.mean(rest));
            own.add(level);
            for (double value : rest) {
                others.add(value);
            }
            double distance = Math.abs(level - Moments.median(rest));
            if (distance < 1e-9) {
                exact++;
            }
            if (distance <= 1 + 1e-9) {
                adjacent++;
            }
        }
        Leniency leniency = Leniency.of(array(differences), confidence);
        Spread spread = Spread.of(array(own), array(others), confidence);
        Halo halo = HaloMeasure.of(rater, cells, confidence);
        int compared = differences.size();
        PanelAgreement agreement = new PanelAgreement(compared == 0 ? Double.NaN : exact / (double) compared,
                compared == 0 ? Double.NaN : adjacent / (double) compared, compared);
        return new RaterProfile(rater, rated, leniency, spread, halo, agreement, flags(leniency, spread, halo));
    }

    private static List<RaterFlag> flags(Leniency leniency, Spread spread, Halo halo) {
        List<RaterFlag> flags = new ArrayList<>();
        if (leniency.comparisons() >= MIN_RATINGS) {
            if (leniency.interval().above(0)) {
                flags.add(new RaterFlag(FlagReason.LENIENT, leniency.mean(), leniency.interval(), 0,
                        leniency.comparisons()));
            } else if (leniency.interval().below(0)) {
                flags.add(new RaterFlag(FlagReason.SEVERE, leniency.mean(), leniency.interval(), 0,
                        leniency.comparisons()));
            }
        }
        if (spread.df1() + 1 >= MIN_RATINGS && spread.ratioInterval().below(1)) {
            Interval sdInterval = new Interval(Math.sqrt(spread.ratioInterval().lower()),
                    Math.sqrt(spread.ratioInterval().upper()));
            flags.add(new RaterFlag(FlagReason.CENTRAL_TENDENCY, spread.sd(), sdInterval, spread.othersSd(),
                    spread.df1() + 1));
        }
        if (halo.isKnown() && halo.candidates() >= MIN_RATINGS && halo.zDifference().above(0)) {
            flags.add(new RaterFlag(FlagReason.HALO, halo.correlation(), halo.interval(), halo.panelCorrelation(),
                    halo.candidates()));
        }
        return flags;
    }

    static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The ratings by candidate and competency, each cell holding the level of each rater who rated it. */
    record Cells(Map<CellKey, Map<String, Double>> levels, Set<String> raters, Set<String> competencies) {

        static Cells of(List<Rating> ratings) {
            Map<CellKey, Map<String, List<Double>>> grouped = new LinkedHashMap<>();
            Set<String> raters = new LinkedHashSet<>();
            Set<String> competencies = new LinkedHashSet<>();
            for (Rating rating : ratings) {
                raters.add(rating.rater());
                competencies.add(rating.competency());
                grouped.computeIfAbsent(new CellKey(rating.candidate(), rating.competency()),
                                key -> new LinkedHashMap<>())
                        .computeIfAbsent(rating.rater(), key -> new ArrayList<>()).add(rating.level());
            }
            Map<CellKey, Map<String, Double>> levels = new LinkedHashMap<>();
            grouped.forEach((key, byRater) -> {
                Map<String, Double> cell = new LinkedHashMap<>();
                byRater.forEach((rater, values) -> cell.put(rater, Moments.mean(array(values))));
                levels.put(key, cell);
            });
            return new Cells(levels, raters, competencies);
        }

        /** The level a rater gave a candidate on a competency, or null. */
        Double level(String candidate, String competency, String rater) {
            Map<String, Double> cell = levels.get(new CellKey(candidate, competency));
            return cell == null ? null : cell.get(rater);
        }

        Set<String> candidates() {
            Set<String> candidates = new LinkedHashSet<>();
            levels.keySet().forEach(key -> candidates.add(key.candidate()));
            return candidates;
        }
    }

    record CellKey(String candidate, String competency) {
    }
}
