package kz.suhbat.training.ui;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.security.ui.ErrorText;
import kz.suhbat.training.TrainingException;

/**
 * The translated message of a refused training or calibration operation ({@code training.error.<REASON>}), or
 * of an exercise set file refused with its problems.
 */
public final class TrainingErrors {

    private TrainingErrors() {
    }

    public static String text(Throwable failure, I18n i18n) {
        if (failure instanceof TrainingException refused) {
            Object[] args = refused.args().clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof LocalizedText name) {
                    args[i] = name.inOrElse(i18n.language());
                }
            }
            return i18n.format("training.error." + refused.reason().name(), args);
        }
        if (failure instanceof RubricFileException refused) {
            return i18n.get("course.exercise.fileRefused") + "\n" + refused.problems().stream()
                    .map(problem -> problem.describe(i18n)).collect(java.util.stream.Collectors.joining("\n"));
        }
        return ErrorText.of(failure, i18n);
    }
}
