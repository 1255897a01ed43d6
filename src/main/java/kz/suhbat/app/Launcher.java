package kz.suhbat.app;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.DialogButtons;
import kz.suhbat.common.ui.FxTaskExecutor;
import org.slf4j.LoggerFactory;

/**
 * Starts Suhbat: resolves the data folder, makes sure no other Suhbat uses it, and opens the window.
 * Not a JavaFX {@code Application}, so the plain jar starts with JavaFX on the class path.
 */
public final class Launcher {

    /** Exit status of a start refused because Suhbat already runs on the data folder. */
    public static final int ALREADY_RUNNING = 3;
    static final int USAGE_ERROR = 64;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(RubricCli.COMMAND)) {
            System.exit(RubricCli.run(Arrays.asList(args).subList(1, args.length), System.out, System.err,
                    CliPasswords.standard()));
            return;
        }
        if (args.length > 0 && args[0].equals(ReportCliCommand.COMMAND)) {
            System.exit(ReportCli.run(Arrays.asList(args).subList(1, args.length), System.out, System.err,
                    CliPasswords.standard()));
            return;
        }
        if (args.length > 0 && args[0].equals(KeysCliCommand.COMMAND)) {
            System.exit(KeysCli.run(Arrays.asList(args).subList(1, args.length), System.out, System.err,
                    CliPasswords.standard()));
            return;
        }
        if (args.length > 0 && args[0].equals(AgreementCli.COMMAND)) {
            System.exit(AgreementCli.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
            return;
        }
        if (args.length > 0 && ExchangeCliCommand.COMMANDS.contains(args[0])) {
            System.exit(ExchangeCli.run(Arrays.asList(args), System.out, System.err, CliPasswords.standard()));
            return;
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LaunchOptions.USAGE);
            System.exit(USAGE_ERROR);
            return;
        }
        if (options.exitWhenReady()) {
            System.setProperty("suhbat.startupProbe", "exit");
        }
        if (options.help()) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }
        DataFolder chosen = AppHome.dataFolder(options.dataDir());
        DataFolder folder = options.demo() && options.dataDir().isEmpty()
                ? new DataFolder(chosen.path().resolve("demo"), chosen.kind()) : chosen;
        System.setProperty("suhbat.logdir", folder.logs().toString());
        // Logging is set up on a thread of its own once the window's first frame is drawn: setting it up
        // takes a good part of a second of a processor that the window needs until then. Whatever logs
        // earlier sets it up itself (or, while it is being set up, has its messages queued until ready).
        Thread logging = new Thread(() -> LoggerFactory.getLogger(Launcher.class)
                .info("Starting Suhbat on {} ({})", folder.path(), folder.kind()), "suhbat-logging");
        logging.setDaemon(true);
        AppSettings settings = AppSettings.load(folder.settingsFile(), AppHome.defaultLanguage());
        I18n i18n = new I18n(settings.language());

        AtomicReference<SuhbatShell> shell = new AtomicReference<>();
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.acquire(folder.path(), () -> {
                SuhbatShell running = shell.get();
                if (running != null) {
                    running.bringToFront();
                }
            });
        } catch (IOException e) {
            System.err.println(i18n.format("startup.folderUnusable", folder.path(), e.getMessage()));
            System.exit(1);
            return;
        }
        if (instance.isEmpty()) {
            refuseSecondStart(folder, i18n);
            return;
        }

        SingleInstance guard = instance.get();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            SuhbatShell created = new SuhbatShell(folder, settings, i18n, new FxTaskExecutor(),
                    options.demo());
            shell.set(created);
            Stage stage = new Stage();
            // The toolkit exits by itself once the window is gone (implicit exit); exiting it here, in
            // the middle of hiding the window, would break the hide.
            stage.setOnHidden(event -> created.close());
            created.start(stage);
            NextFrame.run(stage.getScene(), () -> NextFrame.run(stage.getScene(), logging::start));
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SuhbatShell running = shell.get();
            if (running != null) {
                running.close();
            }
            try {
                guard.close();
            } catch (IOException e) {
                // The OS releases the lock with the process anyway.
            }
        }, "suhbat-shutdown"));
    }

    private static void refuseSecondStart(DataFolder folder, I18n i18n) {
        boolean activated = SingleInstance.activateRunning(folder.path());
        String message = i18n.get("instance.alreadyRunning");
        System.err.println(message + " (" + folder.path() + ")");
        if (!activated && hasDisplay()) {
            showAlreadyRunning(message, i18n);
        }
        System.exit(ALREADY_RUNNING);
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    private static void showAlreadyRunning(String message, I18n i18n) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, message, new DialogButtons(i18n).close());
                alert.setHeaderText(null);
                alert.setTitle("Suhbat");
                alert.setOnHidden(event -> closed.countDown());
                alert.show();
            });
            closed.await(20, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            // No toolkit: the message printed above is all the user gets.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
