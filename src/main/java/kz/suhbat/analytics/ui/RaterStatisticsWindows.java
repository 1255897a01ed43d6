package kz.suhbat.analytics.ui;

import java.util.Optional;
import java.util.concurrent.Callable;
import kz.suhbat.analytics.RaterStatistics;
import kz.suhbat.analytics.RaterStatisticsService;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ChildWindows;
import kz.suhbat.common.ui.ControllerFactory;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.common.ui.ViewLoader;

/** Opens a campaign's rater statistics in a window of its own, from wherever the campaign is shown. */
public final class RaterStatisticsWindows {

    private final RaterStatisticsService service;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ViewLoader viewLoader;
    private final ControllerFactory controllers;
    private final ChildWindows windows;

    public RaterStatisticsWindows(RaterStatisticsService service, TaskExecutor executor, I18n i18n,
                                  ViewLoader viewLoader, ControllerFactory controllers, ChildWindows windows) {
        this.service = service;
        this.executor = executor;
        this.i18n = i18n;
        this.viewLoader = viewLoader;
        this.controllers = controllers;
        this.windows = windows;
    }

    /** A campaign of this office. */
    public void openCampaign(long campaignId) {
        open(() -> service.campaign(campaignId));
    }

    /** A campaign imported at the central office. */
    public void openImported(long importedCampaignId) {
        open(() -> service.imported(importedCampaignId));
    }

    private void open(Callable<Optional<RaterStatistics>> source) {
        RaterStatisticsViewModel viewModel = new RaterStatisticsViewModel(source, executor, i18n);
        controllers.register(RaterStatisticsView.class, () -> new RaterStatisticsView(viewModel, i18n));
        windows.open(viewLoader.load(RaterStatisticsView.class).root(), i18n.get("raters.window"));
    }
}
