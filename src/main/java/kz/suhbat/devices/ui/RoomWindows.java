package kz.suhbat.devices.ui;

import java.time.Clock;
import javafx.stage.Stage;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ChildWindows;
import kz.suhbat.common.ui.ControllerFactory;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.devices.web.RoomSwitch;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;

/**
 * Opens the members' devices window of an open sitting. Closing the window leaves the devices running;
 * they stop with the Stop button, when the sitting closes, or when the secretary signs out.
 */
public final class RoomWindows {

    private final RoomSwitch rooms;
    private final InterviewService interviews;
    private final PanelService panels;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ViewLoader viewLoader;
    private final ControllerFactory controllers;
    private final ChildWindows windows;
    private final Clock clock;

    public RoomWindows(RoomSwitch rooms, InterviewService interviews, PanelService panels, TaskExecutor executor,
                       I18n i18n, ViewLoader viewLoader, ControllerFactory controllers, ChildWindows windows,
                       Clock clock) {
        this.rooms = rooms;
        this.interviews = interviews;
        this.panels = panels;
        this.executor = executor;
        this.i18n = i18n;
        this.viewLoader = viewLoader;
        this.controllers = controllers;
        this.windows = windows;
        this.clock = clock;
    }

    public void open(Sitting sitting) {
        RoomViewModel viewModel = new RoomViewModel(rooms, interviews, panels, sitting, executor, i18n, clock);
        controllers.register(RoomView.class, () -> new RoomView(viewModel, i18n, windows));
        ViewLoader.Loaded<RoomView> loaded = viewLoader.load(RoomView.class);
        Stage stage = windows.open(loaded.root(), i18n.get("room.window.name"));
        loaded.view().pollWhileShowing(stage);
    }
}
