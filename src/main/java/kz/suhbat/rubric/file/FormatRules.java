package kz.suhbat.rubric.file;

import java.math.BigDecimal;
import kz.suhbat.rubric.FrameworkRules;

/** Limits shared by the rubric file and the question sheet: what storage and the interview screens hold. */
final class FormatRules {

    static final int NAME_LENGTH = 400;
    static final int DESCRIPTION_LENGTH = 4000;
    static final int LABEL_LENGTH = 200;
    static final int DESCRIPTOR_LENGTH = 2000;
    static final int INDICATOR_LENGTH = 2000;
    static final int QUESTION_LENGTH = 4000;
    static final int PROBE_LENGTH = 2000;

    static final int MIN_SCALE_LEVELS = 2;
    static final int MIN_PROFILE_COMPETENCIES = FrameworkRules.MIN_PROFILE_COMPETENCIES;
    static final int MAX_PROFILE_COMPETENCIES = FrameworkRules.MAX_PROFILE_COMPETENCIES;
    static final BigDecimal FULL_WEIGHT = FrameworkRules.FULL_WEIGHT;
    /** Weights and thresholds are stored with two decimal places. */
    static final int MAX_DECIMALS = 2;

    private FormatRules() {
    }

    /** A code as the editor allows it, with no space around it (a file keeps what it holds). */
    static boolean isCode(String code) {
        return code.equals(code.trim()) && FrameworkRules.isValidCode(code);
    }

    static boolean hasTooManyDecimals(BigDecimal number) {
        return number.stripTrailingZeros().scale() > MAX_DECIMALS;
    }
}
