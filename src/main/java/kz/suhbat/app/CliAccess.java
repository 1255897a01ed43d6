package kz.suhbat.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a command gets at the services: it takes the data folder (refusing while Suhbat has it open),
 * signs in as {@code --user} with the password from {@link CliPasswords}, runs its work, and lets go.
 * Every failure on the way is said in the folder's language and ends in an exit status.
 */
final class CliAccess {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int ALREADY_OPEN = 2;
    static final int USAGE = 64;

    /** Reads a command line; a line that does not follow the usage throws. */
    @FunctionalInterface
    interface Parser<C> {
        C parse(List<String> args) throws RubricCliCommand.UsageException;
    }

    /** Carries out a command read from the line, on its data folder, in the folder's language. */
    @FunctionalInterface
    interface Runner<C> {
        int run(DataFolder folder, I18n i18n, C command);
    }

    /** Work done signed in; returns the exit status. */
    @FunctionalInterface
    interface Work {
        int run(Services services);
    }

    private static final String LOG_DIR_PROPERTY = "suhbat.logdir";

    private final DataFolder folder;
    private final I18n i18n;
    private final PrintStream err;
    private final CliPasswords passwords;

    CliAccess(DataFolder folder, I18n i18n, PrintStream err, CliPasswords passwords) {
        this.folder = folder;
        this.i18n = i18n;
        this.err = err;
        this.passwords = passwords;
    }

    /**
     * Starts a command: finds the data folder ({@code --data-dir} or the usual one), sends logging to its
     * log folder, takes its language, reads the line and runs it; a line that does not follow the usage is
     * explained with {@code usageKey} and ends in {@link #USAGE}.
     */
    static <C> int start(List<String> args, PrintStream err, String usageKey, Parser<C> parser, Runner<C> runner) {
        DataFolder folder = AppHome.dataFolder(RubricCliCommand.dataDirOf(args));
        // A folder that is not there stays so: its logs would make it (the command then refuses it).
        if (System.getProperty(LOG_DIR_PROPERTY) == null && java.nio.file.Files.isDirectory(folder.path())) {
            System.setProperty(LOG_DIR_PROPERTY, folder.logs().toString());
        }
        I18n i18n = new I18n(AppSettings.load(folder.settingsFile(), AppHome.defaultLanguage()).language());
        C command;
        try {
            command = parser.parse(args);
        } catch (RubricCliCommand.UsageException e) {
            err.println(i18n.format(e.key(), e.args()));
            err.print(i18n.format(usageKey));
            return USAGE;
        }
        return runner.run(folder, i18n, command);
    }

    int withServices(String login, Work work) {
        if (!java.nio.file.Files.isDirectory(folder.path())) {
            // A mistyped --data-dir: said so, and no folder or database is made there.
            err.println(i18n.format("cli.noDataFolder", folder.path()));
            return REFUSED;
        }
        Optional<CliSession> session;
        try {
            session = CliSession.open(folder);
        } catch (IOException e) {
            err.println(i18n.format("startup.folderUnusable", folder.path(), e.getMessage()));
            return REFUSED;
        } catch (RuntimeException e) {
            log().error("The database of {} could not be opened", folder.path(), e);
            err.println(i18n.format("startup.failed", e.getMessage()));
            return REFUSED;
        }
        if (session.isEmpty()) {
            SingleInstance.activateRunning(folder.path());
            err.println(i18n.get("instance.alreadyRunning"));
            err.println(i18n.format("rubricfile.cli.closeFirst", folder.path()));
            return ALREADY_OPEN;
        }
        int status;
        try {
            status = signIn(session.get(), login);
            if (status == OK) {
                status = work.run(session.get().services());
            }
        } catch (kz.suhbat.security.AccessDeniedException e) {
            err.println(i18n.get("access.denied"));
            status = REFUSED;
        } catch (kz.suhbat.common.db.DatabaseOpenException e) {
            // A server down or refusing, or a database that cannot be opened: said in words, not as a trace.
            log().error("The database of {} could not be opened", folder.path(), e);
            err.println(i18n.format("startup.failed", i18n.get("startup.db." + e.reason().name())));
            status = REFUSED;
        } catch (RuntimeException e) {
            log().error("The command failed", e);
            err.println(i18n.format("rubricfile.cli.failed", String.valueOf(e.getMessage())));
            status = REFUSED;
        }
        try {
            session.get().close();
        } catch (IOException e) {
            // The operating system releases the lock when the process ends anyway.
            log().warn("Releasing the data folder {} failed", folder.path(), e);
        }
        return status;
    }

    private int signIn(CliSession session, String login) {
        if (session.needsServerPassword()) {
            // A command may run from a script: it reads the server's password from its file, never asks.
            err.println(i18n.format("cli.serverPasswordFile", folder.path()));
            return REFUSED;
        }
        if (!session.isSetUp()) {
            err.println(i18n.format("rubricfile.cli.notSetUp", folder.path()));
            return REFUSED;
        }
        Optional<char[]> password = passwords.password(i18n.format("rubricfile.cli.passwordPrompt", login));
        if (password.isEmpty()) {
            err.println(i18n.format("rubricfile.cli.noPassword", CliPasswords.ENVIRONMENT));
            return REFUSED;
        }
        Entrance.Outcome outcome = session.signIn(login, password.get());
        Arrays.fill(password.get(), '\0');
        if (outcome instanceof Entrance.Outcome.SignedIn) {
            return OK;
        }
        if (outcome instanceof Entrance.Outcome.Wait wait) {
            err.println(i18n.format("signin.wait", Math.max(1, wait.remaining().toSeconds())));
        } else if (outcome instanceof Entrance.Outcome.Inactive) {
            err.println(i18n.get("signin.inactive"));
        } else if (outcome instanceof Entrance.Outcome.NeedsReset) {
            err.println(i18n.get("signin.needsReset"));
        } else {
            err.println(i18n.get("signin.refused"));
        }
        return REFUSED;
    }

    /** Taken when needed: logging must find the data folder's log directory, set before. */
    private static Logger log() {
        return LoggerFactory.getLogger(CliAccess.class);
    }
}
