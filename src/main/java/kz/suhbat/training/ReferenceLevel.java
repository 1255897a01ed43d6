package kz.suhbat.training;

import java.math.BigDecimal;
import java.util.Objects;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * The level an exercise's answer deserves on one competency, and the reason behind it: set by the trainer
 * (a whole level on the framework's scale) or the median of a reference panel (a half level when the panel
 * has an even number of members and the two middle levels differ).
 */
public record ReferenceLevel(String competencyCode, BigDecimal level, LocalizedText reason) {

    public ReferenceLevel {
        Objects.requireNonNull(competencyCode, "competencyCode");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
        level = level.stripTrailingZeros().scale() < 0 ? level.setScale(0) : level.stripTrailingZeros();
    }
}
