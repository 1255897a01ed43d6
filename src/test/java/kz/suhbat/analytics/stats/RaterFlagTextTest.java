package kz.suhbat.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import org.junit.jupiter.api.Test;

/** A flag in the words a chair reads, in every language. */
class RaterFlagTextTest {

    private final RaterFlag lenient = new RaterFlag(FlagReason.LENIENT, 0.8, new Interval(0.4, 1.2), 0, 24);
    private final RaterFlag severe = new RaterFlag(FlagReason.SEVERE, -0.8, new Interval(-1.2, -0.4), 0, 24);

    @Test
    void leniencyIsSaidWithItsIntervalAndRatings() {
        RaterFlagText text = new RaterFlagText(new I18n(Language.EN));
        assertEquals("scores 0.80 levels above the other members on average (95 % CI 0.40 to 1.20, over 24 ratings)",
                text.describe(lenient, 0.95));
        assertEquals("scores 0.80 levels below the other members on average (95 % CI 0.40 to 1.20, over 24 ratings)",
                text.describe(severe, 0.95));
        assertEquals("ставит в среднем на 0,80 уровня выше других членов комиссии (95 % ДИ от 0,40 до 1,20; оценок: 24)",
                new RaterFlagText(new I18n(Language.RU)).describe(lenient, 0.95));
        assertEquals("комиссияның басқа мүшелеріне қарағанда орта есеппен 0,80 деңгей төмен қояды "
                        + "(95 % сенімділік аралығы [0,40; 1,20]; бағалар саны: 24)",
                new RaterFlagText(new I18n(Language.KK)).describe(severe, 0.95));
    }

    @Test
    void everyReasonHasItsWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            RaterFlagText text = new RaterFlagText(new I18n(language));
            for (FlagReason reason : FlagReason.values()) {
                RaterFlag flag = new RaterFlag(reason, 0.5, new Interval(0.1, 0.9), 0.3, 12);
                assertFalse(text.describe(flag, 0.95).contains("!"), reason + " in " + language);
                assertFalse(text.name(reason).contains("!"), reason + " in " + language);
            }
        }
    }

    @Test
    void aLimitThatExcludesZeroNeverReadsZero() {
        RaterFlag barely = new RaterFlag(FlagReason.LENIENT, 0.61, new Interval(0.0031, 1.22), 0, 6);
        assertEquals("scores 0.61 levels above the other members on average (95 % CI 0.003 to 1.22, over 6 ratings)",
                new RaterFlagText(new I18n(Language.EN)).describe(barely, 0.95));
    }
}
