package kz.suhbat.rubric.file;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.sheet.SheetTable;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.QuestionKind;

/** Checks one row of a question bank sheet against the framework and turns it into a question. */
final class QuestionRowReader {

    private static final Pattern LINES = Pattern.compile("\\R");
    private static final Pattern LEVEL_SEPARATORS = Pattern.compile("[,;\\s]+");

    private final Framework framework;
    private final ScaleRange scale;
    private final Map<String, Integer> columns;
    private final Problems problems;

    /** {@code columns} gives the index of every column of {@link QuestionSheet#COLUMNS}. */
    QuestionRowReader(Framework framework, Map<String, Integer> columns, Problems problems) {
        this.framework = framework;
        this.scale = ScaleRange.of(framework.scale());
        this.columns = columns;
        this.problems = problems;
    }

    /** A question of the bank and the competency it belongs to. */
    record Entry(String competencyCode, Question question) {
    }

    Optional<Entry> read(SheetTable.Row row) {
        int mark = problems.mark();
        Optional<String> competency = required(row, QuestionSheet.COMPETENCY);
        if (competency.isPresent() && framework.competency(competency.get()).isEmpty()) {
            problems.add(place(row, QuestionSheet.COMPETENCY), ProblemKeys.SHEET_UNKNOWN_COMPETENCY,
                    competency.get(), framework.code());
        }
        Optional<QuestionKind> kind = required(row, QuestionSheet.KIND).flatMap(value -> kind(row, value));
        OptionalInt minutes = minutes(row);
        Optional<LocalizedText> text = text(row);
        List<LocalizedText> probes = probes(row);
        List<Integer> levels = levels(row);
        if (problems.foundSince(mark)) {
            return Optional.empty();
        }
        return Optional.of(new Entry(competency.orElseThrow(),
                new Question(kind.orElseThrow(), minutes.getAsInt(), text.orElseThrow(), probes, levels)));
    }

    private String cell(SheetTable.Row row, String column) {
        return row.cell(columns.get(column)).trim();
    }

    private String place(SheetTable.Row row, String column) {
        return SheetTable.place(columns.get(column), row.number(), column);
    }

    private Optional<String> required(SheetTable.Row row, String column) {
        String value = cell(row, column);
        if (value.isEmpty()) {
            problems.add(place(row, column), ProblemKeys.SHEET_EMPTY_CELL);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<QuestionKind> kind(SheetTable.Row row, String value) {
        for (QuestionKind kind : QuestionKind.values()) {
            if (kind.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        problems.add(place(row, QuestionSheet.KIND), ProblemKeys.UNKNOWN_VALUE, value,
                Arrays.stream(QuestionKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
        return Optional.empty();
    }

    private OptionalInt minutes(SheetTable.Row row) {
        Optional<String> value = required(row, QuestionSheet.MINUTES);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt minutes = wholeNumber(value.get());
        String place = place(row, QuestionSheet.MINUTES);
        if (minutes.isEmpty()) {
            problems.add(place, ProblemKeys.SHEET_NOT_WHOLE_NUMBER, value.get());
        } else if (minutes.getAsInt() < 1) {
            problems.add(place, ProblemKeys.MINUTES_TOO_FEW, minutes.getAsInt());
            return OptionalInt.empty();
        }
        return minutes;
    }

    private Optional<LocalizedText> text(SheetTable.Row row) {
        int mark = problems.mark();
        String kk = question(row, QuestionSheet.QUESTION_KK);
        String ru = question(row, QuestionSheet.QUESTION_RU);
        String en = question(row, QuestionSheet.QUESTION_EN);
        return problems.foundSince(mark) ? Optional.empty() : Optional.of(new LocalizedText(kk, ru, en));
    }

    private String question(SheetTable.Row row, String column) {
        Optional<String> value = required(row, column);
        if (value.isPresent() && value.get().length() > FormatRules.QUESTION_LENGTH) {
            problems.add(place(row, column), ProblemKeys.TOO_LONG, value.get().length(), FormatRules.QUESTION_LENGTH);
        }
        return value.orElse("");
    }

    /** The probes, one a line in each language's cell; the three cells must have as many lines. */
    private List<LocalizedText> probes(SheetTable.Row row) {
        List<String> kk = probeLines(row, QuestionSheet.PROBES_KK);
        List<String> ru = probeLines(row, QuestionSheet.PROBES_RU);
        List<String> en = probeLines(row, QuestionSheet.PROBES_EN);
        if (kk.size() != ru.size() || kk.size() != en.size()) {
            problems.add(place(row, QuestionSheet.PROBES_KK), ProblemKeys.SHEET_PROBE_COUNTS, kk.size(), ru.size(),
                    en.size());
            return List.of();
        }
        List<LocalizedText> probes = new ArrayList<>();
        for (int i = 0; i < kk.size(); i++) {
            probes.add(new LocalizedText(kk.get(i), ru.get(i), en.get(i)));
        }
        return probes;
    }

    private List<String> probeLines(SheetTable.Row row, String column) {
        List<String> lines = LINES.splitAsStream(cell(row, column)).map(String::trim).filter(l -> !l.isEmpty())
                .toList();
        for (String line : lines) {
            if (line.length() > FormatRules.PROBE_LENGTH) {
                problems.add(place(row, column), ProblemKeys.TOO_LONG, line.length(), FormatRules.PROBE_LENGTH);
            }
        }
        return lines;
    }

    private List<Integer> levels(SheetTable.Row row) {
        String value = cell(row, QuestionSheet.REVEALS_LEVELS);
        if (value.isEmpty()) {
            return List.of();
        }
        String place = place(row, QuestionSheet.REVEALS_LEVELS);
        List<Integer> levels = new ArrayList<>();
        for (String part : LEVEL_SEPARATORS.split(value)) {
            OptionalInt level = part.isEmpty() ? OptionalInt.empty() : wholeNumber(part);
            if (level.isEmpty()) {
                problems.add(place, ProblemKeys.SHEET_BAD_LEVELS, value);
                return List.of();
            }
            if (scale.check(level.getAsInt(), place, problems)) {
                levels.add(level.getAsInt());
            }
        }
        return levels;
    }

    private static OptionalInt wholeNumber(String value) {
        try {
            BigDecimal number = new BigDecimal(value.trim());
            return OptionalInt.of(number.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalInt.empty();
        }
    }
}
