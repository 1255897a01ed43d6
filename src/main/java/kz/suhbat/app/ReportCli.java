package kz.suhbat.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import kz.suhbat.analytics.ReportService;
import kz.suhbat.analytics.file.ReportCharts;
import kz.suhbat.analytics.file.ReportCsv;
import kz.suhbat.analytics.file.ReportFiles;
import kz.suhbat.analytics.file.ReportLabels;
import kz.suhbat.analytics.file.ReportPdf;
import kz.suhbat.analytics.file.ReportSet;
import kz.suhbat.analytics.file.ReportTable;
import kz.suhbat.analytics.file.ReportTables;
import kz.suhbat.analytics.file.ReportWorkbook;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.sheet.CsvSeparator;

/**
 * {@code suhbat report …}: writes one report over the imported candidates to an XLSX, PDF or CSV file
 * without opening the window, signed in as an analyst, in the data folder's language.
 */
final class ReportCli {

    private final I18n i18n;
    private final PrintStream out;
    private final PrintStream err;
    private final CliAccess access;

    private ReportCli(DataFolder folder, I18n i18n, PrintStream out, PrintStream err, CliPasswords passwords) {
        this.i18n = i18n;
        this.out = out;
        this.err = err;
        this.access = new CliAccess(folder, i18n, err, passwords);
    }

    /** Runs the command given after {@code report}; returns the process exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err, CliPasswords passwords) {
        return CliAccess.start(args, err, "reports.cli.usage", ReportCliCommand::parse,
                (folder, i18n, command) -> new ReportCli(folder, i18n, out, err, passwords).execute(command));
    }

    private int execute(ReportCliCommand command) {
        if (command.kind() == ReportCliCommand.Kind.HELP) {
            out.print(i18n.format("reports.cli.usage"));
            return CliAccess.OK;
        }
        return access.withServices(command.user(), services -> write(services, command));
    }

    private int write(Services services, ReportCliCommand command) {
        ReportLabels labels = new ReportLabels(i18n);
        String scope = i18n.get("reports.source." + (command.own() ? "OWN" : "IMPORTED")) + ". "
                + i18n.format("reports.scope", labels.dimension(command.groupBy()), command.filter().values()
                .isEmpty() ? i18n.get("reports.noFilter") : command.filter().values().entrySet().stream()
                .map(e -> labels.dimension(e.getKey()) + ": " + labels.value(e.getKey(), e.getValue(), ""))
                .collect(java.util.stream.Collectors.joining("; ")));
        try {
            if (command.kind() == ReportCliCommand.Kind.RATERS) {
                writeRaters(services, command, scope, new ReportTables(labels));
            } else {
                writeReport(command.own() ? services.ownReports() : services.reports(), command, scope, labels);
            }
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotWrite", command.out(), e.getMessage()));
            return CliAccess.REFUSED;
        }
        out.println(i18n.format("reports.exported", command.out()));
        return CliAccess.OK;
    }

    /** Every member of every imported panel the filter keeps, flagged ones first, as one table. */
    private void writeRaters(Services services, ReportCliCommand command, String scope, ReportTables tables)
            throws IOException {
        ReportTable table = tables.raters(services.raterStatistics().importedPanels(command.filter(),
                kz.suhbat.common.Progress.NONE));
        switch (format(command)) {
            case "csv" -> AtomicFiles.write(command.out(), stream -> ReportCsv.write(table, separator(command), stream));
            case "xlsx" -> AtomicFiles.write(command.out(), stream -> ReportWorkbook.write(scope, List.of(table),
                    stream));
            default -> AtomicFiles.write(command.out(), stream -> new ReportPdf(tables,
                    new ReportCharts(new ReportLabels(i18n)), i18n).write(scope, List.of(table), stream));
        }
    }

    /** The separator asked for, else the one Excel expects in the data folder's language. */
    private CsvSeparator separator(ReportCliCommand command) {
        return command.separator().orElse(CsvSeparator.defaultFor(i18n.language()));
    }

    private static String format(ReportCliCommand command) {
        String name = command.out().getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private void writeReport(ReportService reports, ReportCliCommand command, String scope, ReportLabels labels)
            throws IOException {
        ReportSet set = switch (command.kind()) {
            case OUTCOMES -> new ReportSet(scope, reports.outcomes(command.filter(), command.groupBy()), null, null,
                    "", List.of());
            case COMPETENCIES -> new ReportSet(scope, null, reports.profiles(command.filter(), command.groupBy()), null,
                    "", List.of());
            case DELIBERATION -> new ReportSet(scope, null, null, reports.deliberation(command.filter(),
                    command.groupBy()), "", List.of());
            case RATERS, HELP -> throw new IllegalStateException(command.kind() + " is not a grouped report");
        };
        if (format(command).equals("csv")) {
            ReportTable table = csvTable(new ReportTables(labels), set);
            AtomicFiles.write(command.out(), stream -> ReportCsv.write(table, separator(command), stream));
        } else {
            new ReportFiles(i18n).write(set, ReportFiles.formatOf(command.out()).orElseThrow(), command.out());
        }
    }

    /** The one table a CSV file holds: decisions, the profiles' cells, or divergence per competency. */
    private static ReportTable csvTable(ReportTables tables, ReportSet set) {
        return set.outcomes() != null ? tables.outcomes(set.outcomes())
                : set.profiles() != null ? tables.profiles(set.profiles()) : tables.divergence(set.deliberation());
    }
}
