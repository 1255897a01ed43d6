package kz.suhbat.training;

/** One level a trainee gave, on one competency of one exercise, beside the reference level for it. */
public record CalibrationCell(String exercise, String competency, int level, double reference) {

    public double difference() {
        return level - reference;
    }
}
