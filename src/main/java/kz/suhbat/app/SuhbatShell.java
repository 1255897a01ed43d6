package kz.suhbat.app;

import atlantafx.base.theme.PrimerLight;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import kz.suhbat.audit.TrailReport;
import kz.suhbat.security.ui.TrailFindingsText;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ChildWindows;
import kz.suhbat.common.ui.ControllerFactory;
import kz.suhbat.common.ui.DialogButtons;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.FxDialogService;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.ui.ChangePasswordView;
import kz.suhbat.security.ui.ChangePasswordViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application window and the composition root of the screens. The window appears at once; then it
 * shows the first-start form (no office yet) or the sign-in screen. Signing in opens the database and
 * shows the sections the account's role opens. The window locks after the office's idle time (or on
 * Ctrl+L); signing out returns to the sign-in screen. A language switch reloads the current screen.
 */
final class SuhbatShell {

    static final double WIDTH = 1280;
    static final double HEIGHT = 720;
    private static final javafx.util.Duration BACKUP_CHECK = javafx.util.Duration.minutes(10);

    /** What the window shows. */
    private enum Showing { STARTING, SETUP, SIGN_IN, NEW_PASSWORD, MAIN }

    private final DataFolder folder;
    private final AppSettings settings;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final boolean demo;
    private final Entrance entrance;
    private Stage stage;
    private Scene scene;
    private ControllerFactory controllers;
    private ViewLoader viewLoader;
    private DialogService dialogs;
    private Parent windowRoot;
    private MainWindowViewModel mainWindow;
    private SignInViewModel signIn;
    private IdleLock idleLock;
    private final List<Stage> children = new ArrayList<>();
    private Timeline backupChecks;
    private Showing screen = Showing.STARTING;
    private Throwable startFailure;
    private boolean askingServerPassword;
    /** The server whose password is asked for, read on the worker with the rest of the way in. */
    private String serverName = "";
    private StartupView startup;
    private Services services;
    private Workspace workspace;
    private boolean closed;

    /** Makes the dialogs of the window (tests give one whose file choosers answer by themselves). */
    interface DialogFactory {
        DialogService create(java.util.function.Supplier<javafx.stage.Window> owner, DialogButtons buttons);
    }

    private final DialogFactory dialogFactory;
    private boolean themed;

    SuhbatShell(DataFolder folder, AppSettings settings, I18n i18n, TaskExecutor executor, boolean demo) {
        this(folder, settings, i18n, executor, demo, FxDialogService::new);
    }

    SuhbatShell(DataFolder folder, AppSettings settings, I18n i18n, TaskExecutor executor, boolean demo,
                DialogFactory dialogFactory) {
        this(folder, settings, i18n, executor, demo, dialogFactory, KeyDerivation.OWASP);
    }

    /** Tests give a derivation with fewer iterations where the cost of a password is not what they check. */
    SuhbatShell(DataFolder folder, AppSettings settings, I18n i18n, TaskExecutor executor, boolean demo,
                DialogFactory dialogFactory, KeyDerivation derivation) {
        this.dialogFactory = dialogFactory;
        this.folder = folder;
        this.settings = settings;
        this.i18n = i18n;
        this.executor = executor;
        this.demo = demo;
        this.entrance = new Entrance(folder, derivation, Clock.systemUTC(), new SecureRandom());
    }

    void start(Stage primaryStage) {
        this.stage = primaryStage;
        // The first frame needs only the start-up message: the theme is read once it is on screen.
        Application.setUserAgentStylesheet(SuhbatShell.class.getResource("first-frame.css").toExternalForm());
        mainWindow = new MainWindowViewModel(settings, i18n, executor);
        controllers = new ControllerFactory();
        viewLoader = new ViewLoader(i18n, controllers);
        dialogs = dialogFactory.create(() -> stage, new DialogButtons(i18n));
        Optional<String> demoPassword = demo ? Optional.of(DemoOffice.PASSWORD) : Optional.empty();
        signIn = new SignInViewModel(entrance, executor, i18n, demoPassword, this::signedIn, this::signOutFromLock);
        controllers.register(MainWindowView.class, () -> new MainWindowView(mainWindow, viewLoader, i18n))
                .register(SignInView.class, () -> new SignInView(signIn, mainWindow, i18n));
        windowRoot = new StartupView(i18n).root();
        if (mainWindow.highContrastProperty().get()) {
            windowRoot.getStyleClass().add("high-contrast");
        }
        scene = new Scene(windowRoot, WIDTH, HEIGHT);
        mainWindow.textSizeProperty().addListener((obs, old, size) -> applyTextSize());
        mainWindow.highContrastProperty().addListener((obs, old, on) -> applyContrast());
        installShortcuts();
        applyTextSize();
        idleLock = new IdleLock(scene, System::nanoTime, this::lock);
        backupChecks = new Timeline(new KeyFrame(BACKUP_CHECK, event -> backupIfDue()));
        backupChecks.setCycleCount(Timeline.INDEFINITE);
        stage.setTitle(i18n.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setMaximized(bounds.getWidth() < WIDTH + 200 || bounds.getHeight() < HEIGHT + 100);
        stage.setOnCloseRequest(event -> {
            if (workspace != null && workspace.hasUnsavedChanges()
                    && !dialogs.confirm(i18n.get("app.title"), i18n.get("rubric.editor.discardChanges"))) {
                event.consume();
            }
        });
        stage.show();
        StartupProbe.windowShown(scene);
        NextFrame.run(scene, () -> NextFrame.run(scene, this::applyTheme));
        i18n.onLanguageChange(language -> Platform.runLater(this::reload));
        executor.run(this::prepareEntrance, this::showEntrance, this::startFailed);
    }

    /**
     * What the way in needs to know: whether the server's password must be typed first, whether the office
     * is set up, and whether earlier data waits.
     */
    private record EntranceState(boolean serverPassword, String serverName, boolean setUp, boolean earlierData) {
    }

    /** On the worker: the state of the data folder (setting up the demo office first when asked to). */
    private EntranceState prepareEntrance() {
        if (entrance.needsServerPassword()) {
            return new EntranceState(true, entrance.serverName(), false, false);
        }
        if (demo && !entrance.isSetUp()) {
            DemoOffice.setUp(entrance);
        }
        return new EntranceState(false, "", entrance.isSetUp(), entrance.hasEarlierData());
    }

    /** On the worker: connects with the server's password typed, then finds the way in as at the start. */
    private void connectToServer(char[] password) {
        executor.run(() -> {
            try {
                entrance.connectToServer(password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            return prepareEntrance();
        }, this::showEntrance, failure -> {
            if (failure instanceof kz.suhbat.common.db.DatabaseOpenException refused && startup != null
                    && (refused.reason() == kz.suhbat.common.db.DatabaseOpenException.Reason.SERVER_REFUSED
                    || refused.reason() == kz.suhbat.common.db.DatabaseOpenException.Reason.SERVER_UNREACHABLE)) {
                startup.serverRefused(failure);
            } else {
                startFailed(failure);
            }
        });
    }

    private void showEntrance(EntranceState state) {
        if (closed) {
            return;
        }
        applyTheme();
        askingServerPassword = state.serverPassword();
        serverName = state.serverName();
        if (askingServerPassword) {
            show(Showing.STARTING);
        } else if (state.setUp()) {
            show(Showing.SIGN_IN);
        } else {
            boolean earlierData = state.earlierData();
            SetupViewModel setup = new SetupViewModel(entrance, executor, i18n, earlierData, this::signedIn);
            controllers.register(SetupView.class, () -> new SetupView(setup, mainWindow, i18n));
            show(Showing.SETUP);
        }
        StartupProbe.contentShown(scene, stage);
    }

    /** The theme: AtlantaFX's Primer, Suhbat's own stylesheet and, when chosen, high contrast. Once. */
    private void applyTheme() {
        if (themed) {
            return;
        }
        themed = true;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(0, SuhbatShell.class.getResource("suhbat.css").toExternalForm());
        applyContrast();
    }

    private void startFailed(Throwable failure) {
        applyTheme();
        log().error("Suhbat could not open the data folder {}", folder.path(), failure);
        startFailure = failure;
        show(Showing.STARTING);
    }

    /** Someone signed in (or unlocked the window, or set the office up). */
    private void signedIn(Entrance.Outcome.SignedIn outcome) {
        Account account = outcome.account();
        boolean unlocking = workspace != null && workspace.account().id() == account.id();
        services = outcome.services();
        if (!unlocking) {
            workspace = new Workspace(services, account, executor, i18n, viewLoader, controllers, dialogs,
                    childWindows, this::officeSaved);
            TrailReport trail = services.trailReport();
            if (!trail.clean()) {
                Platform.runLater(() -> dialogs.showError(i18n.get("trail.alarm.title"),
                        TrailFindingsText.alarm(trail, i18n)));
            }
        }
        if (account.mustChangePassword()) {
            ChangePasswordViewModel change = new ChangePasswordViewModel(services.accounts(), executor, i18n, true,
                    this::showMain);
            controllers.register(ChangePasswordView.class, () -> new ChangePasswordView(change, i18n));
            show(Showing.NEW_PASSWORD);
            return;
        }
        showMain();
    }

    private void showMain() {
        Account account = services.access().current().orElseThrow();
        mainWindow.signedIn(account, new MainWindowViewModel.SessionActions() {
            @Override
            public void changePassword() {
                openPasswordDialog();
            }

            @Override
            public void lock() {
                SuhbatShell.this.lock();
            }

            @Override
            public void signOut() {
                SuhbatShell.this.signOut();
            }
        });
        show(Showing.MAIN);
        executor.run(() -> services.office().office(), office -> idleLock.start(lockAfter(office)),
                failure -> idleLock.start(lockAfter(null)));
        backupIfDue();
        backupChecks.play();
    }

    private static Duration lockAfter(Office office) {
        return Duration.ofMinutes(office == null ? Office.DEFAULT_LOCK_MINUTES : office.lockAfterMinutes());
    }

    private void officeSaved(Office office) {
        idleLock.setLimit(lockAfter(office));
    }

    private void backupIfDue() {
        Services open = services;
        if (open == null || open.access().current().isEmpty()) {
            return;
        }
        executor.run(() -> open.backups().backupIfDue(), made -> made.ifPresent(
                backup -> log().info("Scheduled backup written to {}", backup.file())),
                failure -> log().warn("The scheduled backup failed", failure));
    }

    /** Locks the window: only the signed-in account's password opens it again. */
    void lock() {
        if (screen != Showing.MAIN) {
            return;
        }
        idleLock.stop();
        closeChildWindows();
        signIn.lock(workspace.account());
        show(Showing.SIGN_IN);
    }

    private void signOut() {
        if (workspace != null && workspace.hasUnsavedChanges()
                && !dialogs.confirm(i18n.get("session.signOut"), i18n.get("rubric.editor.discardChanges"))) {
            return;
        }
        endSession();
    }

    /** From the lock screen: another person signs in, which ends the locked session. */
    private void signOutFromLock() {
        if (workspace != null && workspace.hasUnsavedChanges()
                && !dialogs.confirm(i18n.get("session.signOut"), i18n.format("session.discardOthers",
                workspace.account().displayName()))) {
            return;
        }
        endSession();
    }

    private void endSession() {
        idleLock.stop();
        closeChildWindows();
        backupChecks.stop();
        workspace = null;
        executor.run(() -> {
            entrance.signOut();
            return null;
        }, done -> { }, failure -> log().warn("Signing out failed", failure));
        signIn.reset();
        show(Showing.SIGN_IN);
    }

    /** The session's own windows (a sitting's guide): same look, watched by the idle lock. */
    private final ChildWindows childWindows = new ChildWindows() {
        @Override
        public Stage open(Parent root, String title) {
            Stage child = new Stage();
            child.initOwner(stage);
            child.setTitle(title);
            root.setStyle("-fx-font-size: " + mainWindow.textSizeProperty().get() + "px;");
            Scene childScene = new Scene(root, 1280, 720);
            childScene.getStylesheets().setAll(scene.getStylesheets());
            child.setScene(childScene);
            child.setMaximized(true);
            idleLock.watch(childScene);
            children.add(child);
            child.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> children.remove(child));
            child.show();
            return child;
        }

        @Override
        public void keepAwake() {
            idleLock.touch();
        }
    };

    private void closeChildWindows() {
        List.copyOf(children).forEach(Stage::close);
    }

    private void openPasswordDialog() {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(i18n.get("password.title"));
        ChangePasswordViewModel change = new ChangePasswordViewModel(services.accounts(), executor, i18n, false,
                dialog::close);
        controllers.register(ChangePasswordView.class, () -> new ChangePasswordView(change, i18n));
        Parent root = viewLoader.load(ChangePasswordView.class).root();
        root.setStyle("-fx-font-size: " + mainWindow.textSizeProperty().get() + "px;");
        Scene dialogScene = new Scene(root, 720, 460);
        dialogScene.getStylesheets().setAll(scene.getStylesheets());
        dialog.setScene(dialogScene);
        dialog.show();
    }

    private void show(Showing next) {
        screen = next;
        windowRoot = switch (next) {
            case STARTING -> startingView();
            case SETUP -> viewLoader.load(SetupView.class).root();
            case SIGN_IN -> viewLoader.load(SignInView.class).root();
            case NEW_PASSWORD -> viewLoader.load(ChangePasswordView.class).root();
            case MAIN -> viewLoader.load(MainWindowView.class).root();
        };
        scene.setRoot(windowRoot);
        applyTextSize();
    }

    private Parent startingView() {
        startup = new StartupView(i18n);
        if (startFailure != null) {
            startup.showFailure(startFailure);
        } else if (askingServerPassword) {
            startup.askServerPassword(serverName, this::connectToServer);
        }
        return startup.root();
    }

    private void reload() {
        stage.setTitle(i18n.get("app.title"));
        show(screen);
    }

    private void applyContrast() {
        String highContrast = SuhbatShell.class.getResource("high-contrast.css").toExternalForm();
        scene.getStylesheets().remove(highContrast);
        if (mainWindow.highContrastProperty().get()) {
            scene.getStylesheets().add(highContrast);
        }
    }

    private void applyTextSize() {
        // On the window's own root, not on the scene's: ControlsFX puts a pane of its own there.
        windowRoot.setStyle("-fx-font-size: " + mainWindow.textSizeProperty().get() + "px;");
    }

    private void installShortcuts() {
        var accelerators = scene.getAccelerators();
        // With or without Shift: on most layouts "+" is Shift with "=".
        for (KeyCode larger : List.of(KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD)) {
            accelerators.put(new KeyCodeCombination(larger, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                    mainWindow::largerText);
        }
        for (KeyCode smaller : List.of(KeyCode.MINUS, KeyCode.SUBTRACT)) {
            accelerators.put(new KeyCodeCombination(smaller, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                    mainWindow::smallerText);
        }
        accelerators.put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                mainWindow::toggleHighContrast);
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                mainWindow::defaultTextSize);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
    }

    /** Brings the window to the front when a second start asked for it. */
    void bringToFront() {
        Platform.runLater(() -> {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
    }

    /** Closes the database after the worker has finished what it was doing. Idempotent. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Platform.isFxApplicationThread()) {
            closeChildWindows();
        }
        executor.close();
        entrance.close();
        log().info("Suhbat closed");
    }

    /** Taken when needed, so that setting up logging stays off the path to the first window. */
    private static Logger log() {
        return LoggerFactory.getLogger(SuhbatShell.class);
    }
}
