package kz.suhbat.interview.ui;

import java.time.Clock;
import javafx.stage.Stage;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ChildWindows;
import kz.suhbat.common.ui.ControllerFactory;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.common.ui.ViewLoader;

/** Opens the guided sitting of a candidate in a window of its own, maximised, ready for the keyboard. */
public final class InterviewLauncher {

    private final GuideServices services;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ViewLoader viewLoader;
    private final ControllerFactory controllers;
    private final ChildWindows windows;
    private final boolean running;

    public InterviewLauncher(GuideServices services, TaskExecutor executor, I18n i18n, ViewLoader viewLoader,
                             ControllerFactory controllers, ChildWindows windows, boolean running) {
        this.services = services;
        this.executor = executor;
        this.i18n = i18n;
        this.viewLoader = viewLoader;
        this.controllers = controllers;
        this.windows = windows;
        this.running = running;
    }

    /** Opens the guide of the candidate's interview; {@code onClosed} runs when its window closes. */
    public void open(long sittingId, long candidateId, Runnable onClosed) {
        show(onClosed).start(sittingId, candidateId);
    }

    /**
     * Opens the guide at the score sheets with the panel member {@code memberId} chosen, waiting for
     * their password: the way a member goes from their own start page to the sheet they have to fill.
     */
    public void openSheet(long sittingId, long candidateId, long memberId, Runnable onClosed) {
        show(onClosed).startAtSheet(sittingId, candidateId, memberId);
    }

    private InterviewViewModel show(Runnable onClosed) {
        InterviewViewModel viewModel = new InterviewViewModel(services.interviews(), services.scripts(),
                new SheetViewModel(services.scoring(), services.interviews(), executor, i18n),
                new DeliberationViewModel(services.deliberations(), executor, i18n),
                new GuideTimers(services.timers(), executor, Clock.systemUTC(), running), executor, i18n, running);
        controllers.register(InterviewView.class, () -> new InterviewView(viewModel, i18n, windows::keepAwake));
        ViewLoader.Loaded<InterviewView> loaded = viewLoader.load(InterviewView.class);
        Stage stage = windows.open(loaded.root(), i18n.get("guide.windowTitleLoading"));
        stage.setOnHidden(e -> {
            loaded.view().closed();
            onClosed.run();
        });
        return viewModel;
    }
}
