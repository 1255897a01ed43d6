package kz.suhbat.results.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import kz.suhbat.common.sheet.Neutral;
import kz.suhbat.results.ResultCell;
import kz.suhbat.results.ResultsTable;

/**
 * Results as CSV for Excel: UTF-8 with a byte-order mark, so Kazakh letters open correctly; numbers
 * with a point, dates as ISO dates. A text that starts with = + - @, a tab or a carriage return is
 * preceded by an apostrophe, so a spreadsheet never runs it as a formula (OWASP, CSV injection).
 */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    public static void write(ResultsTable table, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(table.header().stream().map(ResultsCsv::text).collect(Collectors.joining(","))).append("\r\n");
        for (List<ResultCell> row : table.rows()) {
            csv.append(row.stream().map(ResultsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(ResultCell cell) {
        if (cell instanceof ResultCell.Text t) {
            return text(t.value());
        }
        if (cell instanceof ResultCell.Number n) {
            return n.value().toPlainString();
        }
        return cell instanceof ResultCell.Date d ? d.value().toString() : "";
    }

    /** A text field, neutralised when a spreadsheet would take it for a formula, and quoted when needed. */
    static String text(String value) {
        String safe = Neutral.text(value);
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || safe.startsWith("'");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
