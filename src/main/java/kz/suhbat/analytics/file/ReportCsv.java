package kz.suhbat.analytics.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import kz.suhbat.common.sheet.Neutral;

/**
 * A report's table as CSV for Excel: UTF-8 with a byte-order mark, decimals with a point, texts quoted
 * when they must be and neutralised so a spreadsheet never runs one as a formula.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static void write(ReportTable table, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(table.header().stream().map(ReportCsv::text).collect(Collectors.joining(","))).append("\r\n");
        for (List<Object> row : table.rows()) {
            csv.append(row.stream().map(cell -> cell instanceof String t ? text(t) : table.text(cell))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String value) {
        String safe = Neutral.text(value);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
