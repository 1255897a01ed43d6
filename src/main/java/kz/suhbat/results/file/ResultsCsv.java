package kz.suhbat.results.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.sheet.CsvWriter;
import kz.suhbat.results.ResultCell;
import kz.suhbat.results.ResultsTable;

/**
 * Results as CSV for Excel ({@link CsvWriter}): UTF-8 with a byte-order mark, so Kazakh letters open
 * correctly; separated and with the decimal mark as chosen; dates as ISO dates; every text that a
 * spreadsheet would split or run as a formula quoted and neutralised.
 */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    public static void write(ResultsTable table, CsvSeparator separator, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.forExcel(separator);
        table.header().forEach(csv::text);
        csv.endRow();
        for (List<ResultCell> row : table.rows()) {
            row.forEach(cell -> cell(csv, cell));
            csv.endRow();
        }
        csv.writeTo(out);
    }

    private static void cell(CsvWriter csv, ResultCell cell) {
        if (cell instanceof ResultCell.Text t) {
            csv.text(t.value());
        } else if (cell instanceof ResultCell.Number n) {
            csv.number(n.value());
        } else if (cell instanceof ResultCell.Date d) {
            csv.date(d.value());
        } else {
            csv.empty();
        }
    }
}
