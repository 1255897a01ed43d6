package kz.suhbat.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.rubric.file.SheetFormat;

/**
 * What {@code suhbat rubric …} asked for:
 * {@code export --user LOGIN --code CODE [--version N] --out FILE [--data-dir DIR]},
 * {@code import --user LOGIN FILE [--data-dir DIR]} or
 * {@code template --out FILE.xlsx|FILE.csv [--separator semicolon|comma]}.
 */
record RubricCliCommand(Action action, Optional<Path> dataDir, Optional<String> user, Optional<String> code,
                        OptionalInt version, Optional<Path> file, Optional<CsvSeparator> separator) {

    enum Action { EXPORT, IMPORT, TEMPLATE, HELP }

    static final String DATA_DIR = "--data-dir";
    static final String CODE = "--code";
    static final String VERSION = "--version";
    static final String OUT = "--out";
    static final String USER = "--user";

    private static final Map<Action, Set<String>> OPTIONS = Map.of(
            Action.EXPORT, Set.of(USER, CODE, VERSION, OUT, DATA_DIR),
            Action.IMPORT, Set.of(USER, DATA_DIR),
            Action.TEMPLATE, Set.of(OUT, CliOption.SEPARATOR, DATA_DIR),
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

    static RubricCliCommand parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("rubricfile.cli.missingCommand");
        }
        Action action = action(args.get(0));
        Map<String, String> options = new HashMap<>();
        Optional<String> positional = Optional.empty();
        int i = 1;
        while (i < args.size()) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                action = Action.HELP;
                i++;
            } else if (arg.startsWith("--")) {
                CliOption option = CliOption.at(args, i);
                option.storeIn(options, action == Action.HELP ? null : OPTIONS.get(action));
                i = option.next();
            } else if (positional.isEmpty() && action == Action.IMPORT) {
                positional = Optional.of(arg);
                i++;
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

    private static RubricCliCommand build(Action action, Map<String, String> options, Optional<String> positional)
            throws UsageException {
        Optional<Path> dataDir = Optional.ofNullable(options.get(DATA_DIR)).map(Path::of);
        switch (action) {
            case EXPORT -> {
                return new RubricCliCommand(action, dataDir, Optional.of(required(options, USER)),
                        Optional.of(required(options, CODE)),
                        version(options.get(VERSION)), Optional.of(Path.of(required(options, OUT))), Optional.empty());
            }
            case IMPORT -> {
                if (positional.isEmpty()) {
                    throw new UsageException("rubricfile.cli.missingFile");
                }
                return new RubricCliCommand(action, dataDir, Optional.of(required(options, USER)), Optional.empty(),
                        OptionalInt.empty(), positional.map(Path::of), Optional.empty());
            }
            case TEMPLATE -> {
                Path out = Path.of(required(options, OUT));
                if (SheetFormat.of(out).isEmpty()) {
                    throw new UsageException("rubricfile.cli.badTemplateType", out.toString());
                }
                return new RubricCliCommand(action, dataDir, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                        Optional.of(out), CliOption.separator(options.get(CliOption.SEPARATOR)));
            }
            default -> {
                return new RubricCliCommand(Action.HELP, dataDir, Optional.empty(), Optional.empty(),
                        OptionalInt.empty(), Optional.empty(), Optional.empty());
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
