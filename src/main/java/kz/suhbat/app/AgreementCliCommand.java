package kz.suhbat.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.suhbat.analytics.stats.Scale;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.sheet.CsvSeparator;

/**
 * What {@code suhbat agreement FILE.csv [--format text|csv] [--separator semicolon|comma] [--scale MIN-MAX]
 * [--lang kk|ru|en]} asked for.
 */
record AgreementCliCommand(boolean help, Optional<Path> file, Format format, Optional<Scale> scale,
                           Optional<CsvSeparator> separator) {

    enum Format { TEXT, CSV }

    static final String FORMAT = "--format";
    static final String SCALE = "--scale";
    static final String LANG = "--lang";

    private static final Set<String> OPTIONS = Set.of(FORMAT, SCALE, LANG, CliOption.SEPARATOR);
    private static final Pattern SCALE_PATTERN = Pattern.compile("\\s*(-?\\d+)\\s*[-–:]\\s*(-?\\d+)\\s*");

    /**
     * The language of the messages: {@code --lang} when it names one, else the system's when it is Kazakh
     * or Russian, else English. Read leniently, so that even a wrong command line is explained in it.
     */
    static Language language(List<String> args, Locale system) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if (arg.equals(LANG) && i + 1 < args.size()) {
                value = args.get(i + 1);
            } else if (arg.startsWith(LANG + "=")) {
                value = arg.substring(LANG.length() + 1);
            }
            Optional<Language> chosen = Language.fromCode(value);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return Language.fromCode(system.getLanguage()).orElse(Language.EN);
    }

    static AgreementCliCommand parse(List<String> args) throws RubricCliCommand.UsageException {
        Map<String, String> options = new HashMap<>();
        Optional<Path> file = Optional.empty();
        boolean help = false;
        int i = 0;
        while (i < args.size()) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                help = true;
                i++;
            } else if (arg.startsWith("--")) {
                CliOption option = CliOption.at(args, i);
                option.storeIn(options, OPTIONS);
                i = option.next();
            } else if (file.isEmpty()) {
                file = Optional.of(Path.of(arg));
                i++;
            } else {
                throw new RubricCliCommand.UsageException("rubricfile.cli.extraArgument", arg);
            }
        }
        if (help) {
            return new AgreementCliCommand(true, file, Format.TEXT, Optional.empty(), Optional.empty());
        }
        if (file.isEmpty()) {
            throw new RubricCliCommand.UsageException("agreement.cli.missingFile");
        }
        String lang = options.get(LANG);
        if (lang != null && Language.fromCode(lang).isEmpty()) {
            throw new RubricCliCommand.UsageException("agreement.cli.badLanguage", lang);
        }
        return new AgreementCliCommand(false, file, format(options.get(FORMAT)), scale(options.get(SCALE)),
                CliOption.separator(options.get(CliOption.SEPARATOR)));
    }

    private static Format format(String value) throws RubricCliCommand.UsageException {
        if (value == null) {
            return Format.TEXT;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "csv" -> Format.CSV;
            default -> throw new RubricCliCommand.UsageException("agreement.cli.badFormat", value);
        };
    }

    private static Optional<Scale> scale(String value) throws RubricCliCommand.UsageException {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = SCALE_PATTERN.matcher(value);
        if (matcher.matches()) {
            try {
                int min = Integer.parseInt(matcher.group(1));
                int max = Integer.parseInt(matcher.group(2));
                if (min < max) {
                    return Optional.of(new Scale(min, max));
                }
            } catch (NumberFormatException e) {
                // explained below
            }
        }
        throw new RubricCliCommand.UsageException("agreement.cli.badScale", value);
    }
}
