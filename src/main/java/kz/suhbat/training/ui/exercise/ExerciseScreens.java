package kz.suhbat.training.ui.exercise;

import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ControllerFactory;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.training.CalibrationService;

/** The trainee's calibration screens of one signed-in session: the list, a sheet and the feedback. */
public final class ExerciseScreens {

    private ExerciseScreens() {
    }

    public static void register(ControllerFactory controllers, ViewLoader viewLoader, CalibrationService calibration,
                                TaskExecutor executor, I18n i18n) {
        ExerciseSheetViewModel sheet = new ExerciseSheetViewModel(calibration, executor, i18n);
        ExerciseFeedbackViewModel feedback = new ExerciseFeedbackViewModel(i18n);
        MyExercisesViewModel exercises = new MyExercisesViewModel(calibration, sheet, feedback, executor, i18n);
        controllers
                .register(MyExercisesView.class, () -> new MyExercisesView(exercises, i18n, viewLoader))
                .register(ExerciseSheetView.class, () -> new ExerciseSheetView(sheet, i18n, exercises::backToList))
                .register(ExerciseFeedbackView.class, () -> new ExerciseFeedbackView(feedback, i18n,
                        exercises::backToList));
    }
}
