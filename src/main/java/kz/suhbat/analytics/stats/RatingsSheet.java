package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A ratings sheet read from CSV text: one row per candidate, one column per rater, an empty cell for a
 * missing rating, comma or semicolon separated (with semicolons a decimal comma is accepted). A first row
 * with a cell that is not a number is a header of rater names; a first column whose cells are not numbers
 * is a column of candidate labels. {@code lines} remembers the line each candidate came from.
 */
public record RatingsSheet(RatingsTable table, List<Integer> lines) {

    public RatingsSheet {
        lines = List.copyOf(lines);
    }

    /** A line of the text, split into cells, with its number (from 1). */
    private record Row(int line, List<String> cells) {
    }

    public static RatingsSheet read(String text) throws RatingsSheetException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] physical = content.split("\r\n|\r|\n", -1);
        char separator = separator(physical);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            if (!physical[i].isBlank()) {
                rows.add(new Row(i + 1, split(physical[i], separator)));
            }
        }
        if (rows.isEmpty()) {
            throw new RatingsSheetException(RatingsSheetException.Problem.EMPTY);
        }
        boolean labels = rows.size() > 1
                && rows.subList(1, rows.size()).stream().allMatch(row -> isLabel(row.cells().get(0), separator));
        int first = labels ? 1 : 0;
        Row top = rows.get(0);
        boolean header = top.cells().stream().skip(first).anyMatch(cell -> isLabel(cell, separator));
        int width = top.cells().size();
        List<Row> data = header ? rows.subList(1, rows.size()) : rows;
        List<String> raters = new ArrayList<>();
        for (int c = first; c < width; c++) {
            String name = header ? top.cells().get(c).trim() : "";
            raters.add(name.isEmpty() ? Integer.toString(c - first + 1) : name);
        }
        if (raters.size() < 2) {
            throw new RatingsSheetException(RatingsSheetException.Problem.TOO_FEW_RATERS, raters.size());
        }
        double[][] cells = new double[data.size()][];
        List<String> candidates = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            Row row = data.get(r);
            List<String> values = trimmed(row, width);
            cells[r] = new double[raters.size()];
            for (int c = first; c < width; c++) {
                cells[r][c - first] = level(values.get(c), row.line(), c + 1, separator);
            }
            candidates.add(labels ? values.get(0).trim() : Integer.toString(r + 1));
            lines.add(row.line());
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

    private static List<String> trimmed(Row row, int width) throws RatingsSheetException {
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.size() != width) {
            throw new RatingsSheetException(RatingsSheetException.Problem.RAGGED, row.line(), row.cells().size(),
                    width);
        }
        return cells;
    }

    private static double level(String cell, int line, int column, char separator) throws RatingsSheetException {
        String value = cell.trim();
        if (value.isEmpty()) {
            return Double.NaN;
        }
        Optional<Double> number = number(value, separator);
        if (number.isEmpty()) {
            throw new RatingsSheetException(RatingsSheetException.Problem.NOT_A_NUMBER, line, column, value);
        }
        return number.get();
    }

    private static boolean isLabel(String cell, char separator) {
        String value = cell.trim();
        return !value.isEmpty() && number(value, separator).isEmpty();
    }

    private static Optional<Double> number(String value, char separator) {
        String plain = separator == ';' ? value.replace(',', '.') : value;
        if (!plain.matches("[+-]?(\\d+([.]\\d*)?|[.]\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(plain));
    }

    /** Semicolons when the first non-blank line has more of them than commas, else commas. */
    private static char separator(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                long semicolons = line.chars().filter(c -> c == ';').count();
                long commas = line.chars().filter(c -> c == ',').count();
                return semicolons > 0 && semicolons >= commas ? ';' : ',';
            }
        }
        return ',';
    }

    /** Splits one line at {@code separator}, outside double quotes; quotes are removed. */
    private static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
