package kz.suhbat.analytics.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import kz.suhbat.common.sheet.Neutral;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The reports as an XLSX workbook, a sheet per table, in the report's language: numbers as numbers,
 * texts neutralised (a name cannot become a formula), headers bold and frozen, the filter on top.
 */
public final class ReportWorkbook {

    private final ReportTables tables;

    public ReportWorkbook(ReportTables tables) {
        this.tables = tables;
    }

    public void write(ReportSet set, OutputStream out) throws IOException {
        write(set.scope(), tablesOf(set), out);
    }

    /** Any tables, a sheet each, under {@code scope}. */
    public static void write(String scope, List<ReportTable> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Suhbat", null);
        for (ReportTable table : tables) {
            sheet(workbook, scope, table);
        }
        workbook.finish();
    }

    private List<ReportTable> tablesOf(ReportSet set) {
        List<ReportTable> all = new ArrayList<>();
        if (set.outcomes() != null) {
            all.add(tables.outcomes(set.outcomes()));
        }
        if (set.profiles() != null) {
            all.add(tables.profiles(set.profiles()));
        }
        if (set.deliberation() != null) {
            all.add(tables.divergence(set.deliberation()));
            all.add(tables.thresholds(set.deliberation()));
        }
        if (!set.drilled().isEmpty()) {
            all.add(tables.candidates(set.drillTitle(), set.drilled()));
        }
        return all;
    }

    private static void sheet(Workbook workbook, String scope, ReportTable table) {
        Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
        sheet.value(0, 0, Neutral.text(table.title()));
        sheet.style(0, 0).bold().set();
        sheet.value(1, 0, Neutral.text(scope));
        int top = 3;
        for (int c = 0; c < table.header().size(); c++) {
            sheet.value(top, c, Neutral.text(table.header().get(c)));
            sheet.style(top, c).bold().wrapText(true).fillColor("DDEBF7").set();
            sheet.width(c, c == 0 ? 30 : 16);
        }
        String format = table.decimals() == 0 ? "0" : "0." + "0".repeat(table.decimals());
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                int at = top + 1 + r;
                Object cell = row.get(c);
                if (cell instanceof Long n) {
                    sheet.value(at, c, n);
                } else if (cell instanceof Double d) {
                    if (!d.isNaN()) {
                        sheet.value(at, c, d);
                        sheet.style(at, c).format(format).set();
                    }
                } else if (cell != null) {
                    sheet.value(at, c, Neutral.text(cell.toString()));
                }
            }
        }
        sheet.freezePane(1, top + 1);
    }

    /** A sheet's name: at most 31 characters, none of those Excel forbids. */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
