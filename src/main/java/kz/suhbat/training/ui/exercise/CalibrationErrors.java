package kz.suhbat.training.ui.exercise;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.security.ui.ErrorText;
import kz.suhbat.training.TrainingException;

/** The translated message of a refused calibration operation. */
final class CalibrationErrors {

    private CalibrationErrors() {
    }

    static String text(Throwable failure, I18n i18n) {
        if (failure instanceof TrainingException refused) {
            return i18n.format("training.error." + refused.reason().name(), refused.args());
        }
        return ErrorText.of(failure, i18n);
    }
}
