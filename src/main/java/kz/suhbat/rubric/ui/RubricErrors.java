package kz.suhbat.rubric.ui;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.rubric.RubricException;

/** What a failed rubric operation tells the user, in their language. */
final class RubricErrors {

    private RubricErrors() {
    }

    /** The reason of a refused operation, or {@code fallbackKey} with the technical message. */
    static String describe(I18n i18n, Throwable error, String fallbackKey) {
        if (error instanceof RubricException refused) {
            return i18n.format("rubric.error." + refused.reason().name(), refused.subject());
        }
        return i18n.format(fallbackKey, String.valueOf(error.getMessage()));
    }
}
