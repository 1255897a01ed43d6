package kz.suhbat.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ControllerFactory;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.common.ui.ViewLoader;
import kz.suhbat.common.ui.DialogButtons;
import kz.suhbat.common.ui.DialogService;
import kz.suhbat.common.ui.FxDialogService;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.ui.FrameworkBrowserView;
import kz.suhbat.rubric.ui.FrameworkEditorView;
import kz.suhbat.rubric.ui.FrameworkEditorViewModel;
import kz.suhbat.rubric.ui.FrameworkBrowserViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application window and the composition root of the screens. The main window appears at once,
 * its sections showing progress while the database opens on the worker thread; then they fill in.
 * A language switch reloads every view with the new bundle; view models keep their state.
 */
final class SuhbatShell {

    static final double WIDTH = 1280;
    static final double HEIGHT = 720;

    private final DataFolder folder;
    private final AppSettings settings;
    private final I18n i18n;
    private final TaskExecutor executor;
    private Stage stage;
    private Scene scene;
    private ControllerFactory controllers;
    private ViewLoader viewLoader;
    private Parent windowRoot;
    private MainWindowViewModel mainWindow;
    private Services services;
    private boolean closed;

    SuhbatShell(DataFolder folder, AppSettings settings, I18n i18n, TaskExecutor executor) {
        this.folder = folder;
        this.settings = settings;
        this.i18n = i18n;
        this.executor = executor;
    }

    void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        mainWindow = new MainWindowViewModel(settings, i18n, executor);
        controllers = new ControllerFactory();
        viewLoader = new ViewLoader(i18n, controllers);
        controllers.register(MainWindowView.class, () -> new MainWindowView(mainWindow, viewLoader, i18n));
        windowRoot = viewLoader.load(MainWindowView.class).root();
        scene = new Scene(windowRoot, WIDTH, HEIGHT);
        scene.getStylesheets().add(SuhbatShell.class.getResource("suhbat.css").toExternalForm());
        mainWindow.textSizeProperty().addListener((obs, old, size) -> applyTextSize());
        mainWindow.highContrastProperty().addListener((obs, old, on) -> applyContrast());
        applyContrast();
        installShortcuts();
        applyTextSize();
        stage.setTitle(i18n.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMaximized(screen.getWidth() < WIDTH + 200 || screen.getHeight() < HEIGHT + 100);
        stage.show();
        StartupProbe.windowShown(scene);
        i18n.onLanguageChange(language -> Platform.runLater(this::reload));
        executor.run(() -> Services.open(folder), this::servicesOpened, mainWindow::failed);
    }

    /** The database is open: the sections can be built and shown in the window that is already there. */
    private void servicesOpened(Services opened) {
        if (closed) {
            opened.close();
            return;
        }
        this.services = opened;
        FrameworkEditorViewModel editor = new FrameworkEditorViewModel(opened.rubric(), executor, i18n);
        FrameworkBrowserViewModel frameworks = new FrameworkBrowserViewModel(opened.rubric(), editor, executor, i18n);
        DialogService dialogs = new FxDialogService(() -> stage, new DialogButtons(i18n));
        controllers
                .register(FrameworkBrowserView.class, () -> new FrameworkBrowserView(frameworks, i18n, viewLoader,
                        dialogs))
                .register(FrameworkEditorView.class, () -> new FrameworkEditorView(editor, i18n, dialogs));
        stage.setOnCloseRequest(event -> {
            if (editor.hasUnsavedChanges()
                    && !dialogs.confirm(i18n.get("app.title"), i18n.get("rubric.editor.discardChanges"))) {
                event.consume();
            }
        });
        frameworks.frameworkProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Framework> property, Framework old, Framework shown) {
                if (shown != null) {
                    property.removeListener(this);
                    StartupProbe.contentShown(scene, stage);
                }
            }
        });
        frameworks.refresh();
        mainWindow.ready();
    }

    private void reload() {
        stage.setTitle(i18n.get("app.title"));
        windowRoot = viewLoader.load(MainWindowView.class).root();
        scene.setRoot(windowRoot);
        applyTextSize();
    }

    private void applyContrast() {
        String highContrast = SuhbatShell.class.getResource("high-contrast.css").toExternalForm();
        scene.getStylesheets().remove(highContrast);
        if (mainWindow.highContrastProperty().get()) {
            scene.getStylesheets().add(highContrast);
        }
    }

    private void applyTextSize() {
        // On the main window itself, not on the scene's root: ControlsFX puts a pane of its own there.
        windowRoot.setStyle("-fx-font-size: " + mainWindow.textSizeProperty().get() + "px;");
    }

    private void installShortcuts() {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), mainWindow::largerText);
        accelerators.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), mainWindow::largerText);
        accelerators.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), mainWindow::largerText);
        accelerators.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), mainWindow::smallerText);
        accelerators.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                mainWindow::smallerText);
        accelerators.put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                mainWindow::toggleHighContrast);
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                mainWindow::defaultTextSize);
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
        executor.close();
        if (services != null) {
            services.close();
        }
        log().info("Suhbat closed");
    }

    /** Taken when needed, so that setting up logging stays off the path to the first window. */
    private static Logger log() {
        return LoggerFactory.getLogger(SuhbatShell.class);
    }
}
