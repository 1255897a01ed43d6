package kz.suhbat.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.common.sheet.CsvSeparator;

/**
 * One option of a command line, {@code --name value} or {@code --name=value}; {@code next} is the
 * index of the argument after it.
 */
record CliOption(String name, String value, int next) {

    /** {@code --separator semicolon|comma}: how a CSV file is separated; by default as the language's Excel expects. */
    static final String SEPARATOR = "--separator";

    /** Reads the option at {@code args[at]}, which starts with {@code --}. */
    static CliOption at(List<String> args, int at) throws RubricCliCommand.UsageException {
        String arg = args.get(at);
        int equals = arg.indexOf('=');
        if (equals >= 0) {
            return new CliOption(arg.substring(0, equals), arg.substring(equals + 1), at + 1);
        }
        if (at + 1 < args.size()) {
            return new CliOption(arg, args.get(at + 1), at + 2);
        }
        throw new RubricCliCommand.UsageException("rubricfile.cli.missingValue", arg);
    }

    /**
     * Keeps the option in {@code options}, refusing one that is not {@code allowed} (null: any), has no
     * value or was given before.
     */
    void storeIn(Map<String, String> options, Set<String> allowed) throws RubricCliCommand.UsageException {
        if (allowed != null && !allowed.contains(name)) {
            throw new RubricCliCommand.UsageException("rubricfile.cli.unknownOption", name);
        }
        if (value.isBlank()) {
            throw new RubricCliCommand.UsageException("rubricfile.cli.missingValue", name);
        }
        if (options.put(name, value) != null) {
            throw new RubricCliCommand.UsageException("rubricfile.cli.repeatedOption", name);
        }
    }

    /** The separator {@code value} names (absent: none was given); refused when it names none. */
    static Optional<CsvSeparator> separator(String value) throws RubricCliCommand.UsageException {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(CsvSeparator.named(value).orElseThrow(
                () -> new RubricCliCommand.UsageException("csv.cli.badSeparator", value)));
    }
}
