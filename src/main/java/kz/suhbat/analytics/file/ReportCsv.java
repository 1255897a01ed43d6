package kz.suhbat.analytics.file;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.sheet.CsvWriter;

/**
 * A report's table as CSV for Excel ({@link CsvWriter}): UTF-8 with a byte-order mark, separated and with
 * the decimal mark as chosen, decimals with the table's places, texts quoted and neutralised so a spreadsheet
 * neither splits one nor runs one as a formula.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static void write(ReportTable table, CsvSeparator separator, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.forExcel(separator);
        csv.row(table.header());
        for (List<Object> row : table.rows()) {
            row.forEach(cell -> {
                if (cell instanceof Double d && !d.isNaN() && !d.isInfinite()) {
                    csv.number(BigDecimal.valueOf(d).setScale(table.decimals(), RoundingMode.HALF_UP));
                } else if (cell instanceof Long || cell instanceof Integer || cell instanceof String) {
                    csv.cell(cell);
                } else {
                    csv.text(table.text(cell));
                }
            });
            csv.endRow();
        }
        csv.writeTo(out);
    }
}
