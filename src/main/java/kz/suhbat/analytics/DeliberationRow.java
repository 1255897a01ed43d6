package kz.suhbat.analytics;

/**
 * How one competency fared in deliberation: of the results candidates received on it, how many the
 * panel had to discuss because members' levels lay two or more apart, and how many ended on a level
 * the panel agreed instead of the mean.
 */
public record DeliberationRow(String competency, long results, long divergent, long agreed) {

    public double divergentShare() {
        return results == 0 ? 0 : (double) divergent / results;
    }

    public double agreedShare() {
        return results == 0 ? 0 : (double) agreed / results;
    }
}
