package kz.suhbat.analytics.stats;

import java.util.ArrayList;
import java.util.List;

/** A plain text table: a header row and rows, the first column left-aligned, the rest right-aligned. */
final class TextTable {

    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    String render() {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(INDENT);
            for (int c = 0; c < columns; c++) {
                String cell = row[c];
                String pad = " ".repeat(widths[c] - width(cell));
                line.append(c == 0 ? cell + pad : pad + cell);
                if (c < columns - 1) {
                    line.append(GAP);
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
