package kz.suhbat.analytics.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.pdf.PdfPages;

/**
 * The reports as a PDF in the report's language: the filter, each report's chart and table, the
 * findings in words, and the candidates of the cell last drilled into.
 */
public final class ReportPdf {

    private final ReportTables tables;
    private final ReportCharts charts;
    private final I18n i18n;

    public ReportPdf(ReportTables tables, ReportCharts charts, I18n i18n) {
        this.tables = tables;
        this.charts = charts;
        this.i18n = i18n;
    }

    public void write(ReportSet set, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            pages.title(i18n.get("reports.title"));
            pages.paragraph(set.scope());
            if (set.outcomes() != null) {
                outcomes(pages, set);
            }
            if (set.profiles() != null) {
                profiles(pages, set);
            }
            if (set.deliberation() != null) {
                table(pages, tables.divergence(set.deliberation()), tables.divergence(set.deliberation()).title());
                table(pages, tables.thresholds(set.deliberation()), tables.thresholds(set.deliberation()).title());
            }
            if (!set.drilled().isEmpty()) {
                table(pages, tables.candidates(set.drillTitle(), set.drilled()), set.drillTitle());
            }
            pages.save(out, i18n.get("protocol.page"));
        }
    }

    /** Any tables, each under its title, after the report's title and {@code scope}. */
    public void write(String scope, List<ReportTable> tables, OutputStream out) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            pages.title(i18n.get("reports.title"));
            pages.paragraph(scope);
            for (ReportTable table : tables) {
                table(pages, table, table.title());
            }
            pages.save(out, i18n.get("protocol.page"));
        }
    }

    private void outcomes(PdfPages pages, ReportSet set) {
        ReportTable outcomes = tables.outcomesCompact(set.outcomes());
        pages.heading(outcomes.title());
        if (!set.outcomes().rows().isEmpty()) {
            pages.image(charts.outcomes(set.outcomes()), 330);
        }
        table(pages, outcomes);
    }

    private void profiles(PdfPages pages, ReportSet set) {
        ReportTable profiles = tables.profiles(set.profiles());
        pages.heading(profiles.title());
        List<String> findings = tables.findings(set.profiles());
        (findings.isEmpty() ? List.of(i18n.get("reports.noFinding")) : findings).forEach(pages::paragraph);
        if (!set.profiles().cells().isEmpty()) {
            pages.image(charts.heatmap(set.profiles()), 400);
        }
        pages.paragraph(i18n.get("reports.heatmapLegend"));
        table(pages, profiles);
    }

    private static void table(PdfPages pages, ReportTable table) {
        pages.table(shares(table), table.printed());
    }

    private static void table(PdfPages pages, ReportTable table, String heading) {
        pages.heading(heading);
        table(pages, table);
    }

    /** Columns of names get twice the room of columns of figures. */
    private static float[] shares(ReportTable table) {
        float[] shares = new float[table.header().size()];
        java.util.Arrays.fill(shares, 1f);
        table.rows().stream().findFirst().ifPresent(row -> {
            for (int c = 0; c < shares.length; c++) {
                shares[c] = row.get(c) instanceof String ? 2f : 1f;
            }
        });
        return shares;
    }
}
