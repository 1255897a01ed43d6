package kz.suhbat.results.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.suhbat.common.sheet.Neutral;
import kz.suhbat.results.ResultCell;
import kz.suhbat.results.ResultsTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Results as an XLSX workbook: numbers as numbers, dates as dates, texts as texts (neutralised like
 * the CSV, since a copy-and-paste can carry them into a formula cell), the header bold and frozen.
 */
public final class ResultsXlsx {

    private ResultsXlsx() {
    }

    public static void write(ResultsTable table, String sheetName, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Suhbat", null);
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < table.header().size(); c++) {
            sheet.value(0, c, table.header().get(c));
            sheet.style(0, c).bold().wrapText(true).fillColor("DDEBF7").set();
            sheet.width(c, c < 5 ? 20 : 14);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<ResultCell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                int at = r + 1;
                ResultCell cell = row.get(c);
                if (cell instanceof ResultCell.Text t) {
                    sheet.value(at, c, Neutral.text(t.value()));
                } else if (cell instanceof ResultCell.Number n) {
                    sheet.value(at, c, n.value());
                    sheet.style(at, c).format("0.00").set();
                } else if (cell instanceof ResultCell.Date d) {
                    sheet.value(at, c, d.value());
                    sheet.style(at, c).format("yyyy-mm-dd").set();
                }
            }
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }
}
