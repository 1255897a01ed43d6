package kz.suhbat.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.analytics.ReportFilter;
import kz.suhbat.common.sheet.CsvSeparator;

/**
 * What {@code suhbat report …} asked for: {@code outcomes|competencies|deliberation|raters --user LOGIN
 * [--group-by DIMENSION] [--type T] [--region R] [--office CODE] [--body B] [--post-group G] [--year Y]
 * --out FILE.xlsx|FILE.pdf|FILE.csv [--separator semicolon|comma] [--data-dir DIR]}.
 */
record ReportCliCommand(Kind kind, Optional<Path> dataDir, String user, Dimension groupBy, ReportFilter filter,
                        Path out, boolean own, Optional<CsvSeparator> separator) {

    enum Kind { OUTCOMES, COMPETENCIES, DELIBERATION, RATERS, HELP }

    static final String COMMAND = "report";
    static final String USER = "--user";
    static final String OUT = "--out";
    static final String GROUP_BY = "--group-by";
    static final String SOURCE = "--source";

    private static final Map<String, Dimension> FILTERS = Map.of("--type", Dimension.TYPE, "--region", Dimension.REGION,
            "--office", Dimension.OFFICE, "--body", Dimension.BODY, "--post-group", Dimension.POST_GROUP,
            "--year", Dimension.YEAR);

    static ReportCliCommand parse(List<String> args) throws RubricCliCommand.UsageException {
        if (args.isEmpty()) {
            throw new RubricCliCommand.UsageException("reports.cli.missingReport");
        }
        Kind kind = switch (args.get(0)) {
            case "outcomes" -> Kind.OUTCOMES;
            case "competencies" -> Kind.COMPETENCIES;
            case "deliberation" -> Kind.DELIBERATION;
            case "raters" -> Kind.RATERS;
            case "help", "--help", "-h" -> Kind.HELP;
            default -> throw new RubricCliCommand.UsageException("reports.cli.unknownReport", args.get(0));
        };
        Set<String> allowed = new HashSet<>(FILTERS.keySet());
        allowed.addAll(Set.of(USER, OUT, GROUP_BY, SOURCE, CliOption.SEPARATOR, RubricCliCommand.DATA_DIR));
        Map<String, String> options = new HashMap<>();
        int i = 1;
        while (i < args.size()) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                kind = Kind.HELP;
                i++;
            } else if (arg.startsWith("--")) {
                CliOption option = CliOption.at(args, i);
                option.storeIn(options, allowed);
                i = option.next();
            } else {
                throw new RubricCliCommand.UsageException("rubricfile.cli.extraArgument", arg);
            }
        }
        Optional<Path> dataDir = Optional.ofNullable(options.get(RubricCliCommand.DATA_DIR)).map(Path::of);
        if (kind == Kind.HELP) {
            return new ReportCliCommand(kind, dataDir, "", Dimension.REGION, ReportFilter.ALL, Path.of(""), false,
                    Optional.empty());
        }
        Map<Dimension, String> filter = new EnumMap<>(Dimension.class);
        FILTERS.forEach((option, dimension) -> {
            if (options.containsKey(option)) {
                filter.put(dimension, value(dimension, options.get(option)));
            }
        });
        return new ReportCliCommand(kind, dataDir, required(options, USER), dimension(options.get(GROUP_BY)),
                new ReportFilter(filter), out(required(options, OUT)), own(options.get(SOURCE)),
                CliOption.separator(options.get(CliOption.SEPARATOR)));
    }

    /** Values as the data stores them: codes upper case (region ALMATY, body CENTRAL), offices as given. */
    private static String value(Dimension dimension, String value) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return switch (dimension) {
            case OFFICE, YEAR -> value.strip();
            case POST_GROUP -> upper.replace('_', '-');
            case TYPE, REGION, BODY -> upper.replace('-', '_');
        };
    }

    private static Dimension dimension(String name) throws RubricCliCommand.UsageException {
        if (name == null) {
            return Dimension.REGION;
        }
        for (Dimension d : Dimension.values()) {
            if (d.name().replace('_', '-').equalsIgnoreCase(name.strip())) {
                return d;
            }
        }
        throw new RubricCliCommand.UsageException("reports.cli.unknownDimension", name);
    }

    /** {@code --source own}: this office's campaigns; {@code imported} (or nothing): the imported candidates. */
    private static boolean own(String source) throws RubricCliCommand.UsageException {
        if (source == null || source.strip().equalsIgnoreCase("imported")) {
            return false;
        }
        if (source.strip().equalsIgnoreCase("own")) {
            return true;
        }
        throw new RubricCliCommand.UsageException("reports.cli.badSource", source);
    }

    private static Path out(String file) throws RubricCliCommand.UsageException {
        String name = file.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".pdf") && !name.endsWith(".csv")) {
            throw new RubricCliCommand.UsageException("reports.cli.badOut", file);
        }
        return Path.of(file);
    }

    private static String required(Map<String, String> options, String name) throws RubricCliCommand.UsageException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new RubricCliCommand.UsageException("rubricfile.cli.missingOption", name);
        }
        return value;
    }
}
