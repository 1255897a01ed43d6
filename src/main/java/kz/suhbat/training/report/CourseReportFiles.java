package kz.suhbat.training.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kz.suhbat.analytics.file.ReportFiles;
import kz.suhbat.analytics.file.ReportTable;
import kz.suhbat.analytics.file.ReportWorkbook;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.pdf.PdfPages;
import kz.suhbat.training.CourseResults;

/**
 * The trainer's report of a course, per trainee and for the group, exercise by exercise, as a PDF or an
 * XLSX workbook in one language; marked as training on every page and sheet. Written whole or not at all.
 */
public final class CourseReportFiles {

    private final I18n i18n;
    private final CourseReportTables tables;

    public CourseReportFiles(I18n i18n) {
        this.i18n = i18n;
        this.tables = new CourseReportTables(i18n);
    }

    public void write(CourseResults results, ReportFiles.Format format, Path target) throws IOException {
        switch (format) {
            case XLSX -> AtomicFiles.write(target, out -> ReportWorkbook.write(tables.scope(results),
                    tables.tables(results), out));
            case PDF -> AtomicFiles.write(target, out -> pdf(results, out));
        }
    }

    private void pdf(CourseResults results, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            pages.title(i18n.get("course.report.mark") + " · " + i18n.format("course.report.title",
                    i18n.name(results.course().title())));
            pages.paragraph(i18n.format("course.chart.rule", tables.rule(results.course().rule())));
            pages.paragraph(i18n.get("course.report.explained"));
            for (ReportTable table : List.of(tables.traineesCompact(results), tables.exercises(results),
                    tables.group(results))) {
                pages.heading(table.title());
                if (table.rows().isEmpty()) {
                    pages.paragraph(i18n.get("course.report.empty"));
                } else {
                    pages.table(shares(table), table.printed());
                }
            }
            pages.save(out, i18n.get("protocol.page"));
        }
    }

    /** Columns of names and words get twice the room of columns of figures. */
    private static float[] shares(ReportTable table) {
        float[] shares = new float[table.header().size()];
        Arrays.fill(shares, 1f);
        List<Object> first = table.rows().get(0);
        for (int c = 0; c < shares.length; c++) {
            shares[c] = first.get(c) instanceof String ? 2f : 1f;
        }
        return shares;
    }
}
