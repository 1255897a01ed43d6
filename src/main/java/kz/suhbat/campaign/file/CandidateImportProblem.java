package kz.suhbat.campaign.file;

import java.util.List;
import kz.suhbat.common.i18n.I18n;

/**
 * One problem found in a candidate list.
 *
 * @param file   the file's name
 * @param row    the row as the spreadsheet numbers it; 0 for the file as a whole
 * @param column the column, its letters and header as in {@code C [ИИН]}; empty for a whole row or file
 * @param value  the value of the cell, without the spaces around it; empty when there is none
 * @param key    the message key of the rule that is broken
 * @param args   what fills the message's {n} arguments; a {@link CandidateField} is shown by its name
 */
public record CandidateImportProblem(String file, int row, String column, String value, String key,
                                     List<Object> args) {

    public CandidateImportProblem {
        file = file == null ? "" : file;
        column = column == null ? "" : column;
        value = value == null ? "" : value;
        args = List.copyOf(args);
    }

    static CandidateImportProblem inFile(String file, String key, Object... args) {
        return new CandidateImportProblem(file, 0, "", "", key, List.of(args));
    }

    /** The problem as one sentence in the current language, starting with where it is. */
    public String describe(I18n i18n) {
        Object[] filled = args.stream()
                .map(arg -> arg instanceof CandidateField field ? i18n.get(field.key()) : arg)
                .toArray();
        String rule = i18n.format(key, filled);
        String rowNumber = Integer.toString(row);
        if (row <= 0) {
            return i18n.format(CandidateImportKeys.PROBLEM_IN_FILE, file, rule);
        }
        if (column.isEmpty()) {
            return i18n.format(CandidateImportKeys.PROBLEM_AT_ROW, file, rowNumber, rule);
        }
        if (value.isEmpty()) {
            return i18n.format(CandidateImportKeys.PROBLEM_AT_CELL, file, rowNumber, column, rule);
        }
        return i18n.format(CandidateImportKeys.PROBLEM_AT, file, rowNumber, column, value, rule);
    }

    @Override
    public String toString() {
        return file + (row > 0 ? ":" + row : "") + (column.isEmpty() ? "" : " " + column)
                + (value.isEmpty() ? "" : " «" + value + "»") + ": " + key + args;
    }
}
