package kz.suhbat.app;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import kz.suhbat.analytics.ui.RaterStatisticsWindows;
import kz.suhbat.devices.ui.RoomWindows;
import kz.suhbat.analytics.ui.ReportsView;
import kz.suhbat.analytics.ui.ReportsViewModel;
import kz.suhbat.exchange.ui.CentralKeyViewModel;
import kz.suhbat.security.ui.AuditTrailView;
import kz.suhbat.security.ui.AuditTrailViewModel;
import kz.suhbat.backup.ui.BackupsView;
import kz.suhbat.backup.ui.BackupsViewModel;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.ui.CampaignTabs;
import kz.suhbat.campaign.ui.CampaignsView;
import kz.suhbat.campaign.ui.CampaignsViewModel;
import kz.suhbat.campaign.ui.CandidateImportViewModel;
import kz.suhbat.campaign.ui.CandidatesView;
import kz.suhbat.campaign.ui.CandidatesViewModel;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.sittingday.ui.MySittingsView;
import kz.suhbat.sittingday.ui.MySittingsViewModel;
import kz.suhbat.panel.ui.PanelView;
import kz.suhbat.panel.ui.PanelViewModel;
import kz.suhbat.interview.ui.GuideScriptsView;
import kz.suhbat.interview.ui.GuideScriptsViewModel;
import kz.suhbat.interview.ui.GuideServices;
import kz.suhbat.interview.ui.InterviewLauncher;
import kz.suhbat.exchange.ui.ExchangeView;
import kz.suhbat.exchange.ui.ExchangeViewModel;
import kz.suhbat.sittingday.ui.ScheduleView;
import kz.suhbat.sittingday.ui.ScheduleViewModel;
import kz.suhbat.common.ui.ChildWindows;
import kz.suhbat.common.ui.ControllerFactory;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.rubric.ui.FrameworkBrowserView;
import kz.suhbat.rubric.ui.FrameworkBrowserViewModel;
import kz.suhbat.rubric.ui.FrameworkEditorView;
import kz.suhbat.rubric.ui.FrameworkEditorViewModel;
import kz.suhbat.security.Account;
import kz.suhbat.security.CampaignScope;
import kz.suhbat.security.Office;
import kz.suhbat.security.CampaignScope;
import kz.suhbat.security.Operation;
import kz.suhbat.security.ui.AccountsView;
import kz.suhbat.security.ui.AccountsViewModel;
import kz.suhbat.security.ui.OfficeSettingsView;
import kz.suhbat.security.ui.OfficeSettingsViewModel;
import kz.suhbat.sittingday.ui.SittingPapersViewModel;
import kz.suhbat.training.rehearsal.ui.RehearsalView;
import kz.suhbat.training.rehearsal.ui.RehearsalViewModel;
import kz.suhbat.training.ui.course.CourseExercisesView;
import kz.suhbat.training.ui.course.CourseExercisesViewModel;
import kz.suhbat.training.ui.course.CourseResultsView;
import kz.suhbat.training.ui.course.CourseResultsViewModel;
import kz.suhbat.training.ui.course.CourseTraineesView;
import kz.suhbat.training.ui.course.CourseTraineesViewModel;
import kz.suhbat.training.ui.course.CourseView;
import kz.suhbat.training.ui.course.CourseViewModel;
import kz.suhbat.training.ui.course.ExerciseFiles;
import kz.suhbat.training.ui.exercise.ExerciseScreens;

/**
 * The screens of one signed-in session and their view models. Made afresh at every sign-in, so
 * nothing one account typed is shown to the next; kept while the window is locked and unlocked.
 */
final class Workspace {

    private final Account account;
    private final FrameworkEditorViewModel editor;

    Workspace(Services services, Account account, TaskExecutor executor, I18n i18n, ViewLoader viewLoader,
              ControllerFactory controllers, DialogService dialogs, ChildWindows windows,
              Consumer<Office> onOfficeSaved) {
        this.account = account;
        this.editor = new FrameworkEditorViewModel(services.rubric(), executor, i18n);
        FrameworkBrowserViewModel frameworks = new FrameworkBrowserViewModel(services.rubric(), editor, executor,
                i18n);
        frameworks.setEditable(Operation.RUBRIC_EDIT.allows(account.role()));
        SecureRandom random = new SecureRandom();
        AccountsViewModel accounts = new AccountsViewModel(services.accounts(), executor, i18n, random);
        OfficeSettingsViewModel office = new OfficeSettingsViewModel(services.office(), executor, i18n,
                Arrays.stream(CampaignType.values()).map(Enum::name).toList(),
                onOfficeSaved);
        IntegerProperty officeTab = new SimpleIntegerProperty(0);
        GuideScriptsViewModel scripts = new GuideScriptsViewModel(services.guideScripts(), executor, i18n);
        BackupsViewModel backups = new BackupsViewModel(services.backups(), executor, i18n);
        AuditTrailViewModel audit = new AuditTrailViewModel(services.audit(), executor, i18n);
        boolean secretary = Operation.CAMPAIGN_EDIT.allows(account.role());
        CampaignsViewModel campaigns = new CampaignsViewModel(services.campaigns(), services.rubric(),
                services.office(), executor, i18n, secretary, CampaignScope.trainingOnly(account.role())
                        ? List.of(CampaignType.TRAINING) : List.of(CampaignType.values()));
        CandidatesViewModel candidates = new CandidatesViewModel(services.campaigns(), campaigns.selectedProperty(),
                executor, i18n, secretary);
        CandidateImportViewModel importer = new CandidateImportViewModel(services.campaigns(), candidates, executor,
                i18n);
        PanelViewModel panel = new PanelViewModel(services.panels(), services.campaigns(),
                CampaignScope.trainingOnly(account.role()) ? services.training()::eligibleAccounts
                        : services.accounts()::list,
                services.calibrationStatus()::calibratedWithin, services.clock(), campaigns.selectedProperty(), executor, i18n, secretary);
        ScheduleViewModel schedule = new ScheduleViewModel(services.panels(), services.campaigns(),
                services.interviews(), campaigns.selectedProperty(), executor, i18n, secretary, services.clock(),
                services.rooms()::stopFor);
        SittingPapersViewModel papers = schedule.papers(services.protocols(), services.results(), services.exports(),
                services.officeKeys());
        InterviewLauncher interviews = new InterviewLauncher(new GuideServices(services.interviews(),
                services.scoring(), services.deliberation(), services.timers(), services.guideScripts()), executor,
                i18n, viewLoader, controllers, windows, Operation.INTERVIEW_RUN.allows(account.role()));
        MySittingsViewModel mySittings = new MySittingsViewModel(services.mySittings(), services.panels(), executor,
                i18n);
        RaterStatisticsWindows raters = new RaterStatisticsWindows(services.raterStatistics(), executor, i18n,
                viewLoader, controllers, windows);
        RoomWindows devices = new RoomWindows(services.rooms(), services.interviews(), services.panels(), executor,
                i18n, viewLoader, controllers, windows, services.clock());
        ExchangeViewModel exchange = new ExchangeViewModel(services.imports(), services.exports(), services.keyRegistry(), executor, i18n,
                Operation.KEY_MANAGE.allows(account.role()));
        RehearsalViewModel rehearsal = new RehearsalViewModel(services.rubric(), executor, i18n, services.clock(),
                random);
        controllers
                .register(RehearsalView.class, () -> new RehearsalView(rehearsal, i18n, dialogs));
        CourseViewModel course = new CourseViewModel(services.campaigns(), services.training(), executor, i18n);
        CourseTraineesViewModel trainees = new CourseTraineesViewModel(services.training(), services.accounts(),
                course.chosenCourse(), executor, i18n, random);
        CourseExercisesViewModel exercises = new CourseExercisesViewModel(services.training(), services.rubric(),
                new ExerciseFiles(), course.chosenCourse(), executor, i18n);
        CourseResultsViewModel courseResults = new CourseResultsViewModel(services.training(), course.chosenCourse(),
                executor, i18n);
        controllers
                .register(CourseView.class, () -> new CourseView(course, courseResults, i18n))
                .register(CourseTraineesView.class, () -> new CourseTraineesView(trainees, i18n))
                .register(CourseExercisesView.class, () -> new CourseExercisesView(exercises, i18n, dialogs))
                .register(CourseResultsView.class, () -> new CourseResultsView(courseResults, i18n, dialogs))
                .register(ExchangeView.class, () -> new ExchangeView(exchange, new CentralKeyViewModel(
                        services.centralKeys(), i18n, exchange.status(), Operation.KEY_MANAGE.allows(account.role())),
                        i18n, dialogs, raters))
                .register(ReportsView.class, () -> new ReportsView(new ReportsViewModel(
                        Operation.REPORTS_READ.allows(account.role()) ? services.reports() : null,
                        services.ownReports(), services.raterStatistics(), executor, i18n), i18n, dialogs, raters))
                .register(FrameworkBrowserView.class, () -> new FrameworkBrowserView(frameworks, i18n, viewLoader,
                        dialogs))
                .register(FrameworkEditorView.class, () -> new FrameworkEditorView(editor, i18n, dialogs))
                .register(AccountsView.class, () -> new AccountsView(accounts, i18n, dialogs))
                .register(OfficeSectionView.class, () -> new OfficeSectionView(officeTab))
                .register(OfficeSettingsView.class, () -> new OfficeSettingsView(office, i18n, dialogs))
                .register(GuideScriptsView.class, () -> new GuideScriptsView(scripts))
                .register(BackupsView.class, () -> new BackupsView(backups, i18n, dialogs))
                .register(AuditTrailView.class, () -> new AuditTrailView(audit, i18n))
                .register(CampaignsView.class, () -> new CampaignsView(campaigns, i18n, viewLoader,
                        new CampaignTabs(() -> viewLoader.load(PanelView.class).root(),
                                () -> viewLoader.load(ScheduleView.class).root())))
                .register(CandidatesView.class, () -> new CandidatesView(candidates, importer, i18n, dialogs))
                .register(PanelView.class, () -> new PanelView(panel, i18n, dialogs))
                .register(ScheduleView.class, () -> new ScheduleView(schedule, papers, i18n, interviews, dialogs,
                        raters, devices))
                .register(MySittingsView.class, () -> new MySittingsView(mySittings, i18n, interviews, raters));
        ExerciseScreens.register(controllers, viewLoader, services.calibration(), executor, i18n);
        frameworks.refresh();
    }

    Account account() {
        return account;
    }

    boolean hasUnsavedChanges() {
        return editor.hasUnsavedChanges();
    }
}
