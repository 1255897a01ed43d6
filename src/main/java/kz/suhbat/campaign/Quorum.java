package kz.suhbat.campaign;

/**
 * The share of a panel's voting members that must take part: {@code numerator/denominator}, two thirds
 * by default. The number needed is rounded up: 2/3 of 5 voting members is 4.
 */
public record Quorum(int numerator, int denominator) {

    public static final Quorum TWO_THIRDS = new Quorum(2, 3);

    public Quorum {
        if (denominator < 1 || numerator < 1 || numerator > denominator) {
            throw new CampaignException(CampaignException.Reason.QUORUM_INVALID);
        }
    }

    /** How many voting members must take part when the panel has {@code voting} of them. */
    public int required(int voting) {
        return (voting * numerator + denominator - 1) / denominator;
    }

    public boolean metBy(int taking, int voting) {
        return voting > 0 && taking >= required(voting);
    }
}
