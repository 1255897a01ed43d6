package kz.suhbat.training;

import java.util.ArrayList;
import java.util.List;
import kz.suhbat.analytics.stats.FlagReason;
import kz.suhbat.analytics.stats.RaterEffects;
import kz.suhbat.analytics.stats.RaterProfile;
import kz.suhbat.analytics.stats.Rating;
import kz.suhbat.analytics.stats.Scale;

/**
 * How a trainee's levels stand against the references (frame-of-reference training):
 * <ul>
 * <li>{@code distance}: the mean absolute difference from the reference, in levels;</li>
 * <li>{@code bias}: the mean signed difference, above 0 lenient, below 0 severe;</li>
 * <li>{@code traineeSd} and {@code referenceSd}: how widely the trainee and the references use the scale over
 * the same cells; a trainee clearly narrower than the references shows central tendency;</li>
 * <li>{@code halo} and {@code referenceHalo}: the mean correlation between competencies across exercises,
 * the trainee's and the references'; clearly higher than the references' is halo.</li>
 * </ul>
 * Spread, halo and the flags are the rater-effect measures of the analytics ({@link RaterEffects}) with the
 * references as the one other rater; the flags need as many ratings (for halo: exercises) as a panel's do.
 */
public record CalibrationMeasures(int cells, double distance, double bias, double traineeSd, double referenceSd,
                                  double halo, double referenceHalo, List<FlagReason> flags) {

    static final String TRAINEE = "trainee";
    static final String REFERENCE = "reference";

    public CalibrationMeasures {
        flags = List.copyOf(flags);
    }

    public static CalibrationMeasures of(List<CalibrationCell> cells, Scale scale) {
        if (cells.isEmpty()) {
            return new CalibrationMeasures(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, List.of());
        }
        List<Rating> ratings = new ArrayList<>();
        for (CalibrationCell cell : cells) {
            ratings.add(new Rating(cell.exercise(), cell.competency(), TRAINEE, cell.level()));
            ratings.add(new Rating(cell.exercise(), cell.competency(), REFERENCE, cell.reference()));
        }
        RaterProfile trainee = RaterEffects.of(ratings, scale).rater(TRAINEE);
        List<FlagReason> flags = trainee.flags().stream().map(f -> f.reason()).distinct().toList();
        return new CalibrationMeasures(cells.size(), CalibrationCell.meanDistance(cells).orElseThrow(),
                CalibrationCell.meanBias(cells).orElseThrow(),
                trainee.spread().sd(), trainee.spread().othersSd(), trainee.halo().correlation(),
                trainee.halo().panelCorrelation(), flags);
    }

    public boolean lenient() {
        return bias > 0;
    }
}
