package kz.suhbat.analytics.file;

import java.util.List;

/**
 * A report as a table: a title, column headings and rows whose cells are text, whole numbers
 * ({@link Long}) or decimals ({@link Double}), shown with {@code decimals} places. The spreadsheet keeps
 * numbers as numbers; the PDF and the screen print them.
 */
public record ReportTable(String title, List<String> header, List<List<Object>> rows, int decimals) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    /** A cell as printed: decimals rounded half up, nothing for a missing value. */
    public String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return d.isNaN() ? "—" : java.math.BigDecimal.valueOf(d).setScale(decimals, java.math.RoundingMode.HALF_UP)
                    .toPlainString();
        }
        return cell.toString();
    }

    public List<String[]> printed() {
        List<String[]> printed = new java.util.ArrayList<>();
        printed.add(header.toArray(String[]::new));
        rows.forEach(r -> printed.add(r.stream().map(this::text).toArray(String[]::new)));
        return printed;
    }
}
