package kz.suhbat.analytics.stats;

import kz.suhbat.common.i18n.I18n;

/**
 * A rater flag in words a chair understands, e.g. "scores 0.80 levels above the other members (95 % CI
 * 0.40 to 1.20, over 24 ratings)", from the messages {@code agreement.flag.<REASON>}.
 */
public final class RaterFlagText {

    private final I18n i18n;
    private final NumberText numbers;

    public RaterFlagText(I18n i18n) {
        this.i18n = i18n;
        this.numbers = new NumberText(i18n.language().locale());
    }

    /**
     * The flag's sentence. Arguments of the messages: {0} the size of the effect, {1} and {2} the
     * interval, {3} the ratings (or candidates), {4} the panel's value to compare with, {5} the confidence.
     */
    public String describe(RaterFlag flag, double confidence) {
        Interval interval = flag.interval();
        boolean severe = flag.reason() == FlagReason.SEVERE;
        double value = severe ? -flag.value() : flag.value();
        double lower = severe ? -interval.upper() : interval.lower();
        double upper = severe ? -interval.lower() : interval.upper();
        return i18n.format("agreement.flag." + flag.reason().name(), numbers.fixed(value, 2),
                numbers.bound(lower, 2), numbers.bound(upper, 2), flag.count(), numbers.fixed(flag.reference(), 2),
                numbers.fixed(confidence * 100, 0));
    }

    /** The short name of the effect, e.g. "lenient". */
    public String name(FlagReason reason) {
        return i18n.get("agreement.flagName." + reason.name());
    }
}
