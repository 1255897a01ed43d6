package kz.suhbat.training;

import java.math.BigDecimal;
import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Indicator;

/**
 * A trainee's level on one competency of a submitted exercise beside the reference, the reference's reason
 * and the framework's indicators at the reference level (both neighbouring levels for a half level).
 */
public record CompetencyFeedback(String competencyCode, LocalizedText competencyName, int level, String evidence,
                                 BigDecimal reference, LocalizedText reason, List<Indicator> indicators) {

    public CompetencyFeedback {
        indicators = List.copyOf(indicators);
    }

    public BigDecimal difference() {
        return BigDecimal.valueOf(level).subtract(reference);
    }
}
