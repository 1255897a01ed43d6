package kz.suhbat.analytics.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.io.AtomicFiles;

/**
 * Writes reports to a file in one language: XLSX (the data) or PDF (tables and charts), chosen by the
 * file's extension. A file is written whole or not at all.
 */
public final class ReportFiles {

    public enum Format { XLSX, PDF }

    private final I18n i18n;
    private final ReportTables tables;

    public ReportFiles(I18n i18n) {
        this.i18n = i18n;
        this.tables = new ReportTables(new ReportLabels(i18n));
    }

    public ReportTables tables() {
        return tables;
    }

    /** The format {@code file}'s extension names; empty for any other. */
    public static java.util.Optional<Format> formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? java.util.Optional.of(Format.XLSX)
                : name.endsWith(".pdf") ? java.util.Optional.of(Format.PDF) : java.util.Optional.empty();
    }

    public void write(ReportSet set, Format format, Path target) throws IOException {
        switch (format) {
            case XLSX -> AtomicFiles.write(target, out -> new ReportWorkbook(tables).write(set, out));
            case PDF -> AtomicFiles.write(target, out -> new ReportPdf(tables,
                    new ReportCharts(new ReportLabels(i18n)), i18n).write(set, out));
        }
    }
}
