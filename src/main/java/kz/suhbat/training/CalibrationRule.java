package kz.suhbat.training;

import java.math.BigDecimal;

/**
 * A course's rule for the calibrated status: over the last {@code exercisesNeeded} exercises a trainee
 * submitted, the mean absolute distance of their levels from the references is at most {@code maxDistance}.
 */
public record CalibrationRule(BigDecimal maxDistance, int exercisesNeeded) {

    public static final BigDecimal MAX_DISTANCE_LIMIT = new BigDecimal("5");
    public static final int EXERCISES_LIMIT = 50;
    /** Half a level on average over three exercises, unless the trainer sets another rule. */
    public static final CalibrationRule DEFAULT = new CalibrationRule(new BigDecimal("0.50"), 3);

    public CalibrationRule {
        if (maxDistance == null || maxDistance.signum() < 0 || maxDistance.compareTo(MAX_DISTANCE_LIMIT) > 0
                || maxDistance.stripTrailingZeros().scale() > 2) {
            throw new TrainingException(TrainingException.Reason.RULE_DISTANCE, MAX_DISTANCE_LIMIT);
        }
        if (exercisesNeeded < 1 || exercisesNeeded > EXERCISES_LIMIT) {
            throw new TrainingException(TrainingException.Reason.RULE_EXERCISES, EXERCISES_LIMIT);
        }
    }

    /** Whether the distances of the last submitted exercises, oldest first, meet the rule. */
    public boolean metBy(java.util.List<Double> distancesOldestFirst) {
        if (distancesOldestFirst.size() < exercisesNeeded) {
            return false;
        }
        double sum = distancesOldestFirst.subList(distancesOldestFirst.size() - exercisesNeeded,
                distancesOldestFirst.size()).stream().mapToDouble(Double::doubleValue).sum();
        return sum / exercisesNeeded <= maxDistance.doubleValue() + 1e-9;
    }
}
