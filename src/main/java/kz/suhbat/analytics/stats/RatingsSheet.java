package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.suhbat.common.sheet.SheetTable;

/**
 * A ratings sheet: one row per candidate, one column per rater, an empty cell for a missing rating; read
 * from a CSV or Excel sheet ({@link kz.suhbat.common.sheet.CsvSheet}, {@link kz.suhbat.common.sheet.XlsxSheet}).
 * A first row with a cell that is not a number is a header of rater names; a first column whose cells are
 * not numbers is a column of candidate labels. A decimal comma is accepted. {@code lines} remembers the
 * line (row) each candidate came from.
 */
public record RatingsSheet(RatingsTable table, List<Integer> lines) {

    public RatingsSheet {
        lines = List.copyOf(lines);
    }

    public static RatingsSheet read(SheetTable sheet) throws RatingsSheetException {
        List<SheetTable.Row> rows = new ArrayList<>();
        rows.add(new SheetTable.Row(sheet.headerRow(), sheet.header()));
        rows.addAll(sheet.rows());
        rows.removeIf(SheetTable.Row::isBlank);
        if (rows.isEmpty()) {
            throw new RatingsSheetException(RatingsSheetException.Problem.EMPTY);
        }
        boolean labels = rows.size() > 1
                && rows.subList(1, rows.size()).stream().allMatch(row -> isLabel(row.cell(0)));
        int first = labels ? 1 : 0;
        SheetTable.Row top = rows.get(0);
        boolean header = top.cells().stream().skip(first).anyMatch(RatingsSheet::isLabel);
        int width = top.cells().size();
        List<SheetTable.Row> data = header ? rows.subList(1, rows.size()) : rows;
        List<String> raters = new ArrayList<>();
        for (int c = first; c < width; c++) {
            String name = header ? top.cell(c).trim() : "";
            raters.add(name.isEmpty() ? Integer.toString(c - first + 1) : name);
        }
        if (raters.size() < 2) {
            throw new RatingsSheetException(RatingsSheetException.Problem.TOO_FEW_RATERS, raters.size());
        }
        double[][] cells = new double[data.size()][];
        List<String> candidates = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            SheetTable.Row row = data.get(r);
            checkWidth(row, width);
            cells[r] = new double[raters.size()];
            for (int c = first; c < width; c++) {
                cells[r][c - first] = level(row.cell(c), row.number(), c + 1);
            }
            candidates.add(labels ? row.cell(0).trim() : Integer.toString(r + 1));
            lines.add(row.number());
        }
        if (data.size() < 2) {
            throw new RatingsSheetException(RatingsSheetException.Problem.TOO_FEW_CANDIDATES, data.size());
        }
        return new RatingsSheet(RatingsTable.of(cells, candidates, raters), lines);
    }

    /**
     * The scale: {@code given}, after checking every level lies on it, or else from the lowest to the
     * highest level in the sheet (whole levels around them).
     */
    public Scale scale(Optional<Scale> given) throws RatingsSheetException {
        RatingsTable table = table();
        if (given.isPresent()) {
            Scale scale = given.get();
            for (int i = 0; i < table.candidateCount(); i++) {
                for (double level : table.presentLevels(i)) {
                    if (!scale.contains(level)) {
                        throw new RatingsSheetException(RatingsSheetException.Problem.OUT_OF_SCALE, lines.get(i),
                                new NumberText(Locale.ROOT).fixed(level, level == Math.rint(level) ? 0 : 2),
                                scale.min(), scale.max());
                    }
                }
            }
            return scale;
        }
        double min = Math.floor(table.minLevel());
        double max = Math.ceil(table.maxLevel());
        if (Double.isNaN(min) || min == max) {
            throw new RatingsSheetException(RatingsSheetException.Problem.NO_SCALE,
                    Double.isNaN(min) ? NumberText.UNKNOWN : new NumberText(Locale.ROOT).fixed(min, 0));
        }
        return new Scale((int) min, (int) max);
    }

    /** A row must have one cell per column of the first row; empty cells after them do not count. */
    private static void checkWidth(SheetTable.Row row, int width) throws RatingsSheetException {
        int size = row.cells().size();
        while (size > width && row.cells().get(size - 1).isBlank()) {
            size--;
        }
        if (size != width) {
            throw new RatingsSheetException(RatingsSheetException.Problem.RAGGED, row.number(), row.cells().size(),
                    width);
        }
    }

    private static double level(String cell, int line, int column) throws RatingsSheetException {
        String value = cell.trim();
        if (value.isEmpty()) {
            return Double.NaN;
        }
        Optional<Double> number = number(value);
        if (number.isEmpty()) {
            throw new RatingsSheetException(RatingsSheetException.Problem.NOT_A_NUMBER, line, column, value);
        }
        return number.get();
    }

    private static boolean isLabel(String cell) {
        String value = cell.trim();
        return !value.isEmpty() && number(value).isEmpty();
    }

    /** A number with a decimal point or a decimal comma. */
    private static Optional<Double> number(String value) {
        String plain = value.replace(',', '.');
        if (!plain.matches("[+-]?(\\d+([.]\\d*)?|[.]\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(plain));
    }
}
