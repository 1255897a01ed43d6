package kz.suhbat.rubric.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.common.sheet.CsvSheet;
import kz.suhbat.common.sheet.SheetException;
import kz.suhbat.common.sheet.SheetTable;
import kz.suhbat.common.sheet.XlsxSheet;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Question;

/**
 * Reads a question bank sheet (.xlsx or .csv, columns of {@link QuestionSheet}) filled in by an
 * administrator, checked against the framework the questions are for. All or nothing: a sheet with any
 * problem is refused with every problem, each at its cell; otherwise every question is returned for the
 * caller to add to the framework.
 */
public final class QuestionSheetReader {

    /** Reads {@code file}, an .xlsx or .csv file; the questions by competency code, in the sheet's order. */
    public Map<String, List<Question>> read(Path file, Framework framework) throws RubricFileException {
        Problems problems = new Problems();
        Optional<SheetFormat> format = SheetFormat.of(file);
        if (format.isEmpty()) {
            problems.add("", ProblemKeys.SHEET_UNSUPPORTED_TYPE, String.valueOf(file.getFileName()));
            problems.throwIfAny();
        }
        byte[] bytes = new byte[0];
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add("", ProblemKeys.UNREADABLE, String.valueOf(e.getMessage()));
        }
        problems.throwIfAny();
        return read(bytes, format.orElseThrow(), framework, problems);
    }

    /** Reads a sheet of the given format from {@code in} (not closed). */
    public Map<String, List<Question>> read(InputStream in, SheetFormat format, Framework framework)
            throws RubricFileException {
        Problems problems = new Problems();
        byte[] bytes = problems.readAll(in);
        return read(bytes, format, framework, problems);
    }

    private Map<String, List<Question>> read(byte[] bytes, SheetFormat format, Framework framework,
                                             Problems problems) throws RubricFileException {
        Optional<SheetTable> table = table(bytes, format, problems);
        problems.throwIfAny();
        Map<String, Integer> columns = columns(table.orElseThrow(), problems);
        problems.throwIfAny();
        QuestionRowReader rows = new QuestionRowReader(framework, columns, problems);
        Map<String, List<Question>> questions = new LinkedHashMap<>();
        int filled = 0;
        for (SheetTable.Row row : table.get().rows()) {
            if (row.isBlank()) {
                continue;
            }
            filled++;
            rows.read(row).ifPresent(entry -> questions.computeIfAbsent(entry.competencyCode(),
                    code -> new ArrayList<>()).add(entry.question()));
        }
        if (filled == 0) {
            problems.add("", ProblemKeys.SHEET_NO_ROWS);
        }
        problems.throwIfAny();
        Map<String, List<Question>> result = new LinkedHashMap<>();
        questions.forEach((code, list) -> result.put(code, List.copyOf(list)));
        return Collections.unmodifiableMap(result);
    }

    /** The cells of the sheet; empty when it cannot be read at all (reported). */
    private static Optional<SheetTable> table(byte[] bytes, SheetFormat format, Problems problems) {
        try {
            return Optional.of(format == SheetFormat.XLSX ? XlsxSheet.read(bytes) : CsvSheet.read(bytes));
        } catch (SheetException e) {
            switch (e.reason()) {
                case NOT_UNICODE -> problems.add("", ProblemKeys.SHEET_NOT_UTF8, Integer.toString(e.row()));
                case UNCLOSED_QUOTE -> problems.add(e.cell(), ProblemKeys.SHEET_UNCLOSED_QUOTE);
                case NOT_XLSX -> problems.add("", ProblemKeys.SHEET_NOT_XLSX);
            }
            return Optional.empty();
        }
    }

    /** Where each column is, from the header row: every column present once, no other column. */
    private static Map<String, Integer> columns(SheetTable table, Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            String place = SheetTable.columnLetters(i) + table.headerRow();
            if (name.isEmpty()) {
                continue;
            }
            if (!QuestionSheet.COLUMNS.contains(name)) {
                problems.add(place, ProblemKeys.SHEET_UNKNOWN_COLUMN, header.get(i).trim());
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(place, ProblemKeys.SHEET_DUPLICATE_COLUMN, name);
            }
        }
        for (String column : QuestionSheet.COLUMNS) {
            if (!columns.containsKey(column)) {
                problems.add("", ProblemKeys.SHEET_MISSING_COLUMN, column);
            }
        }
        return columns;
    }
}
