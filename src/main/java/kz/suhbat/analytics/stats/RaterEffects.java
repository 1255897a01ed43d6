package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Rater effects in one campaign (Myford and Wolfe 2003): leniency or severity, spread (central tendency),
 * halo and agreement with the rest of the panel, each measured only where other members rated the same
 * candidate on the same competency. A rater is flagged only when the confidence interval excludes "no
 * effect" and there are at least {@link #MIN_RATINGS} ratings (or candidates, for halo) behind it.
 * A rater who gave one candidate two levels on one competency counts their mean.
 *
 * <p>k raters are k questions asked at once; so that a panel where no one has a habit shows a flag in no
 * more than about 5 % of sittings (not 5 % per member), every interval of a rater is a Bonferroni interval
 * at 1 − (1 − confidence) / k: together the k intervals hold with the confidence asked for.
 *
 * <p>One clearly lenient member raises the mean of "the others" for everyone else on the panel, who would
 * then look severe. So the measure goes step by step: every member is measured against all the others;
 * the member whose leniency or severity is clearest (largest |t|) keeps that result and is left out of the
 * reference of the members who rated with them, who are measured again; this repeats until no one more is
 * flagged. A member is not left out when fewer than two of the members who rated with them would remain:
 * everyone keeps at least one member to be compared with.
 */
public record RaterEffects(Scale scale, List<RaterProfile> raters, double confidence) {

    /** The fewest ratings (for halo: candidates) behind a flag. */
    public static final int MIN_RATINGS = 5;

    /** The fewest members who rated with a flagged member that must remain when that member is left out. */
    static final int MIN_REMAINING = 2;

    public RaterEffects {
        raters = List.copyOf(raters);
    }

    public static RaterEffects of(List<Rating> ratings, Scale scale) {
        return of(ratings, scale, IntraclassCorrelation.CONFIDENCE);
    }

    public static RaterEffects of(List<Rating> ratings, Scale scale, double confidence) {
        RatingCells cells = RatingCells.of(ratings);
        int k = cells.raterCount();
        double perRater = 1 - (1 - confidence) / Math.max(1, k);
        Halo[] halos = HaloMeasure.of(cells, perRater);
        BitSet excluded = new BitSet(k);
        RaterProfile[] profiles = new RaterProfile[k];
        for (int r = 0; r < k; r++) {
            profiles[r] = profile(r, cells, excluded, halos[r], perRater);
        }
        int clearest;
        while ((clearest = clearestLeniency(profiles, excluded, cells)) >= 0) {
            excluded.set(clearest);
            BitSet affected = cells.coRaters(clearest);
            affected.andNot(excluded);
            for (int r = affected.nextSetBit(0); r >= 0; r = affected.nextSetBit(r + 1)) {
                profiles[r] = profile(r, cells, excluded, halos[r], perRater);
            }
        }
        return new RaterEffects(scale, Arrays.asList(profiles), confidence);
    }

    public RaterProfile rater(String rater) {
        return raters.stream().filter(p -> p.rater().equals(rater)).findFirst().orElseThrow();
    }

    /**
     * Among the members not yet left out, the lenient or severe one furthest from zero in units of standard
     * error whose leaving keeps at least {@link #MIN_REMAINING} others who rated with them; or −1.
     */
    private static int clearestLeniency(RaterProfile[] profiles, BitSet excluded, RatingCells cells) {
        int clearest = -1;
        double largest = 0;
        for (int r = 0; r < profiles.length; r++) {
            RaterProfile profile = profiles[r];
            if (excluded.get(r) || !profile.flagged(FlagReason.LENIENT) && !profile.flagged(FlagReason.SEVERE)) {
                continue;
            }
            Leniency leniency = profile.leniency();
            double t = Math.abs(leniency.mean()) / (leniency.sd() / Math.sqrt(leniency.comparisons()));
            if (clearest >= 0 && t <= largest) {
                continue;
            }
            BitSet remaining = cells.coRaters(r);
            remaining.andNot(excluded);
            if (remaining.cardinality() >= MIN_REMAINING) {
                clearest = r;
                largest = t;
            }
        }
        return clearest;
    }

    /** One rater measured against the other members who rated the same cells, leaving out {@code excluded}. */
    private static RaterProfile profile(int rater, RatingCells cells, BitSet excluded, Halo halo,
                                        double confidence) {
        List<RatingCells.Cell> rated = cells.ratedBy(rater);
        double[] differences = new double[rated.size()];
        double[] own = new double[rated.size()];
        List<Double> others = new ArrayList<>();
        int compared = 0;
        int exact = 0;
        int adjacent = 0;
        double[] rest = new double[8];
        for (RatingCells.Cell cell : rated) {
            double level = Double.NaN;
            int count = 0;
            if (rest.length < cell.size()) {
                rest = new double[cell.size()];
            }
            for (int i = 0; i < cell.size(); i++) {
                int other = cell.rater(i);
                if (other == rater) {
                    level = cell.level(i);
                } else if (!excluded.get(other)) {
                    rest[count++] = cell.level(i);
                }
            }
            if (count == 0) {
                continue;
            }
            double[] reference = Arrays.copyOf(rest, count);
            differences[compared] = level - Moments.mean(reference);
            own[compared] = level;
            compared++;
            for (double value : reference) {
                others.add(value);
            }
            double distance = Math.abs(level - Moments.median(reference));
            if (distance < 1e-9) {
                exact++;
            }
            if (distance <= 1 + 1e-9) {
                adjacent++;
            }
        }
        Leniency leniency = Leniency.of(Arrays.copyOf(differences, compared), confidence);
        Spread spread = Spread.of(Arrays.copyOf(own, compared), array(others), confidence);
        PanelAgreement agreement = new PanelAgreement(compared == 0 ? Double.NaN : exact / (double) compared,
                compared == 0 ? Double.NaN : adjacent / (double) compared, compared);
        return new RaterProfile(cells.raters().get(rater), rated.size(), leniency, spread, halo, agreement,
                flags(leniency, spread, halo));
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

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
