package kz.suhbat.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.rubric.db.JdbiFrameworkRepository;
import kz.suhbat.rubric.file.QuestionSheetTemplate;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.rubric.file.RubricJson;
import kz.suhbat.rubric.file.RubricProblem;
import kz.suhbat.rubric.file.SheetFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code suhbat rubric …}: exports a framework to a rubric file, imports one, or writes a question bank
 * template, without opening the window. It uses the data folder the window would use and refuses to
 * run while Suhbat has that folder open. Messages are in the language chosen in the folder's settings.
 */
final class RubricCli {

    static final String COMMAND = "rubric";
    static final int OK = 0;
    static final int REFUSED = 1;
    static final int ALREADY_OPEN = 2;
    static final int USAGE = 64;

    private static final String LOG_DIR_PROPERTY = "suhbat.logdir";

    private final DataFolder folder;
    private final I18n i18n;
    private final PrintStream out;
    private final PrintStream err;
    private final RubricJson json = new RubricJson();

    private RubricCli(DataFolder folder, I18n i18n, PrintStream out, PrintStream err) {
        this.folder = folder;
        this.i18n = i18n;
        this.out = out;
        this.err = err;
    }

    /** Runs the command given after {@code rubric}; returns the process exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        DataFolder folder = AppHome.dataFolder(Command.dataDirOf(args));
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, folder.logs().toString());
        }
        I18n i18n = new I18n(AppSettings.load(folder.settingsFile(), AppHome.defaultLanguage()).language());
        Command command;
        try {
            command = Command.parse(args);
        } catch (Command.UsageException e) {
            err.println(i18n.format(e.key(), e.args()));
            err.print(i18n.format("rubricfile.cli.usage"));
            return USAGE;
        }
        return new RubricCli(folder, i18n, out, err).execute(command);
    }

    private int execute(Command command) {
        return switch (command.action()) {
            case HELP -> {
                out.print(i18n.format("rubricfile.cli.usage"));
                yield OK;
            }
            case TEMPLATE -> template(command.file().orElseThrow());
            case EXPORT -> withSession(rubric -> export(rubric, command.code().orElseThrow(), command.version(),
                    command.file().orElseThrow()));
            case IMPORT -> withSession(rubric -> importFile(rubric, command.file().orElseThrow()));
        };
    }

    private interface SessionWork {
        int run(RubricService rubric);
    }

    private int withSession(SessionWork work) {
        Optional<Session> session;
        try {
            session = Session.open(folder);
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
            status = work.run(session.get().rubric());
        } catch (RuntimeException e) {
            log().error("The rubric command failed", e);
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

    private int export(RubricService rubric, String code, OptionalInt version, Path target) {
        List<FrameworkSummary> versions = rubric.list().stream().filter(s -> s.code().equals(code)).toList();
        Optional<FrameworkSummary> chosen = version.isPresent()
                ? versions.stream().filter(s -> s.version() == version.getAsInt()).findFirst()
                : versions.stream().max(Comparator.comparingInt(FrameworkSummary::version));
        if (chosen.isEmpty()) {
            err.println(version.isPresent() ? i18n.format("rubricfile.cli.notFoundVersion", code, version.getAsInt())
                    : i18n.format("rubricfile.cli.notFound", code));
            return REFUSED;
        }
        Framework framework = rubric.load(chosen.get().id()).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            json.write(framework, bytes);
            json.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        } catch (RubricFileException e) {
            err.println(i18n.format("rubricfile.cli.exportNotImportable", code, framework.version()));
            printProblems(e);
            return REFUSED;
        }
        try {
            writeAtomically(target, bytes::writeTo);
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotWrite", target.toAbsolutePath(), e.getMessage()));
            return REFUSED;
        }
        out.println(i18n.format("rubricfile.cli.exported", code, framework.version(), target.toAbsolutePath()));
        return OK;
    }

    private int importFile(RubricService rubric, Path file) {
        Framework framework;
        try (InputStream in = Files.newInputStream(file)) {
            framework = json.read(in);
        } catch (NoSuchFileException e) {
            err.println(i18n.format("rubricfile.cli.noSuchFile", file.toAbsolutePath()));
            return REFUSED;
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotRead", file.toAbsolutePath(), e.getMessage()));
            return REFUSED;
        } catch (RubricFileException e) {
            printProblems(e);
            err.println(i18n.format("rubricfile.cli.nothingImported", e.problems().size()));
            return REFUSED;
        }
        RubricService.ImportResult result = rubric.importFramework(framework);
        return switch (result.outcome()) {
            case IMPORTED -> {
                out.println(i18n.format("rubricfile.cli.imported", framework.code(), framework.version()));
                yield OK;
            }
            case ALREADY_PRESENT -> {
                out.println(i18n.format("rubricfile.cli.alreadyPresent", framework.code(), framework.version()));
                yield OK;
            }
            case CONFLICT -> {
                err.println(i18n.format("rubricfile.cli.conflict", framework.code(), framework.version()));
                yield REFUSED;
            }
        };
    }

    private int template(Path target) {
        SheetFormat format = SheetFormat.of(target).orElseThrow();
        try {
            writeAtomically(target, stream -> new QuestionSheetTemplate().write(format, stream));
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotWrite", target.toAbsolutePath(), e.getMessage()));
            return REFUSED;
        }
        out.println(i18n.format("rubricfile.cli.templateWritten", target.toAbsolutePath()));
        return OK;
    }

    /**
     * The logger, taken only when needed: logging starts on first use and must find the data folder's
     * log directory, which {@link #run} sets first (a static logger would start it before).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(RubricCli.class);
    }

    private void printProblems(RubricFileException refused) {
        for (RubricProblem problem : refused.problems()) {
            err.println(problem.describe(i18n));
        }
    }

    private interface Content {
        void writeTo(OutputStream stream) throws IOException;
    }

    /** Writes beside the target, then moves into place: a removed stick never leaves half a file. */
    private static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream stream = Channels.newOutputStream(channel);
                content.writeTo(stream);
                stream.flush();
                channel.force(true);
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * What {@code suhbat rubric …} asked for:
     * {@code export --code CODE [--version N] --out FILE [--data-dir DIR]},
     * {@code import FILE [--data-dir DIR]} or {@code template --out FILE.xlsx|FILE.csv}.
     */
    record Command(Action action, Optional<Path> dataDir, Optional<String> code, OptionalInt version,
                   Optional<Path> file) {

        enum Action { EXPORT, IMPORT, TEMPLATE, HELP }

        static final String DATA_DIR = "--data-dir";
        static final String CODE = "--code";
        static final String VERSION = "--version";
        static final String OUT = "--out";

        private static final Map<Action, Set<String>> OPTIONS = Map.of(
                Action.EXPORT, Set.of(CODE, VERSION, OUT, DATA_DIR),
                Action.IMPORT, Set.of(DATA_DIR),
                Action.TEMPLATE, Set.of(OUT, DATA_DIR),
                Action.HELP, Set.of(DATA_DIR));

        /** A command line that does not follow the usage; {@code key} names the translated explanation. */
        static final class UsageException extends Exception {
            private final String key;
            private final transient Object[] args;

            UsageException(String key, Object... args) {
                super(key);
                this.key = key;
                this.args = args.clone();
            }

            String key() {
                return key;
            }

            Object[] args() {
                return args.clone();
            }
        }

        /**
         * The data folder named by {@code --data-dir}, read leniently (even from a command line that is
         * otherwise wrong) so that a usage error is explained in the language chosen for that folder.
         */
        static Optional<Path> dataDirOf(List<String> args) {
            Optional<Path> dataDir = Optional.empty();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals(DATA_DIR) && i + 1 < args.size() && !args.get(i + 1).isBlank()) {
                    dataDir = Optional.of(Path.of(args.get(i + 1)));
                } else if (arg.startsWith(DATA_DIR + "=") && arg.length() > DATA_DIR.length() + 1) {
                    dataDir = Optional.of(Path.of(arg.substring(DATA_DIR.length() + 1)));
                }
            }
            return dataDir;
        }

        static Command parse(List<String> args) throws UsageException {
            if (args.isEmpty()) {
                throw new UsageException("rubricfile.cli.missingCommand");
            }
            Action action = action(args.get(0));
            Map<String, String> options = new HashMap<>();
            Optional<String> positional = Optional.empty();
            for (int i = 1; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--help") || arg.equals("-h")) {
                    action = Action.HELP;
                } else if (arg.startsWith("--")) {
                    int equals = arg.indexOf('=');
                    String name = equals < 0 ? arg : arg.substring(0, equals);
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException("rubricfile.cli.missingValue", name);
                    }
                    option(action, name, value, options);
                } else if (positional.isEmpty() && action == Action.IMPORT) {
                    positional = Optional.of(arg);
                } else {
                    throw new UsageException("rubricfile.cli.extraArgument", arg);
                }
            }
            return build(action, options, positional);
        }

        private static Action action(String word) throws UsageException {
            return switch (word) {
                case "export" -> Action.EXPORT;
                case "import" -> Action.IMPORT;
                case "template" -> Action.TEMPLATE;
                case "help", "--help", "-h" -> Action.HELP;
                default -> throw new UsageException("rubricfile.cli.unknownCommand", word);
            };
        }

        private static void option(Action action, String name, String value, Map<String, String> options)
                throws UsageException {
            if (!OPTIONS.get(action).contains(name) && action != Action.HELP) {
                throw new UsageException("rubricfile.cli.unknownOption", name);
            }
            if (value.isBlank()) {
                throw new UsageException("rubricfile.cli.missingValue", name);
            }
            if (options.put(name, value) != null) {
                throw new UsageException("rubricfile.cli.repeatedOption", name);
            }
        }

        private static Command build(Action action, Map<String, String> options, Optional<String> positional)
                throws UsageException {
            Optional<Path> dataDir = Optional.ofNullable(options.get(DATA_DIR)).map(Path::of);
            switch (action) {
                case EXPORT -> {
                    return new Command(action, dataDir, Optional.of(required(options, CODE)),
                            version(options.get(VERSION)), Optional.of(Path.of(required(options, OUT))));
                }
                case IMPORT -> {
                    if (positional.isEmpty()) {
                        throw new UsageException("rubricfile.cli.missingFile");
                    }
                    return new Command(action, dataDir, Optional.empty(), OptionalInt.empty(),
                            positional.map(Path::of));
                }
                case TEMPLATE -> {
                    Path out = Path.of(required(options, OUT));
                    if (SheetFormat.of(out).isEmpty()) {
                        throw new UsageException("rubricfile.cli.badTemplateType", out.toString());
                    }
                    return new Command(action, dataDir, Optional.empty(), OptionalInt.empty(), Optional.of(out));
                }
                default -> {
                    return new Command(Action.HELP, dataDir, Optional.empty(), OptionalInt.empty(),
                            Optional.empty());
                }
            }
        }

        private static String required(Map<String, String> options, String name) throws UsageException {
            String value = options.get(name);
            if (value == null) {
                throw new UsageException("rubricfile.cli.missingOption", name);
            }
            return value;
        }

        private static OptionalInt version(String value) throws UsageException {
            if (value == null) {
                return OptionalInt.empty();
            }
            try {
                int version = Integer.parseInt(value.trim());
                if (version >= 1) {
                    return OptionalInt.of(version);
                }
            } catch (NumberFormatException e) {
                // explained below
            }
            throw new UsageException("rubricfile.cli.badVersion", value);
        }
    }

    /**
     * The command line's hold on a data folder: the same single-instance lock as the window (so the two
     * never open the database together), the database, and the rubric service over it. Closing releases
     * the database, then the lock.
     */
    static final class Session implements AutoCloseable {

        private final SingleInstance lock;
        private final Database database;
        private final RubricService rubric;

        private Session(SingleInstance lock, Database database) {
            this.lock = lock;
            this.database = database;
            this.rubric = new RubricService(new JdbiFrameworkRepository(database.jdbi()));
        }

        /** Opens the folder, or returns empty when Suhbat (window or command) already has it open. */
        static Optional<Session> open(DataFolder folder) throws IOException {
            Optional<SingleInstance> lock = SingleInstance.acquire(folder.path(), () -> { });
            if (lock.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Session(lock.get(), Database.open(folder.database())));
            } catch (RuntimeException e) {
                lock.get().close();
                throw e;
            }
        }

        RubricService rubric() {
            return rubric;
        }

        @Override
        public void close() throws IOException {
            try {
                database.close();
            } finally {
                lock.close();
            }
        }
    }
}
