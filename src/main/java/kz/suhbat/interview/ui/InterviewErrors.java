package kz.suhbat.interview.ui;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.security.ui.ErrorText;

/** The translated message of a refused interview operation. */
public final class InterviewErrors {

    private InterviewErrors() {
    }

    public static String text(Throwable failure, I18n i18n) {
        if (failure instanceof InterviewException refused) {
            return i18n.format("interview.error." + refused.reason().name(), refused.args());
        }
        return ErrorText.of(failure, i18n);
    }
}
