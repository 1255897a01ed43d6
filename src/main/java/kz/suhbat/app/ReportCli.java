package kz.suhbat.app;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import kz.suhbat.analytics.ReportService;
import kz.suhbat.analytics.file.ReportCsv;
import kz.suhbat.analytics.file.ReportFiles;
import kz.suhbat.analytics.file.ReportLabels;
import kz.suhbat.analytics.file.ReportSet;
import kz.suhbat.analytics.file.ReportTable;
import kz.suhbat.analytics.file.ReportTables;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.io.AtomicFiles;

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
        return access.withServices(command.user(), services -> write(services.reports(), command));
    }

    private int write(ReportService reports, ReportCliCommand command) {
        ReportLabels labels = new ReportLabels(i18n);
        String scope = i18n.format("reports.scope", labels.dimension(command.groupBy()), command.filter().values()
                .isEmpty() ? i18n.get("reports.noFilter") : command.filter().values().entrySet().stream()
                .map(e -> labels.dimension(e.getKey()) + ": " + labels.value(e.getKey(), e.getValue(), ""))
                .collect(java.util.stream.Collectors.joining("; ")));
        ReportSet set = switch (command.kind()) {
            case OUTCOMES -> new ReportSet(scope, reports.outcomes(command.filter(), command.groupBy()), null, null,
                    "", List.of());
            case COMPETENCIES -> new ReportSet(scope, null, reports.profiles(command.filter(), command.groupBy()), null,
                    "", List.of());
            case DELIBERATION -> new ReportSet(scope, null, null, reports.deliberation(command.filter(),
                    command.groupBy()), "", List.of());
            case HELP -> throw new IllegalStateException("help is answered before signing in");
        };
        try {
            if (command.out().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                ReportTable table = csvTable(new ReportTables(labels), set);
                AtomicFiles.write(command.out(), stream -> ReportCsv.write(table, stream));
            } else {
                new ReportFiles(i18n).write(set, ReportFiles.formatOf(command.out()).orElseThrow(), command.out());
            }
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotWrite", command.out(), e.getMessage()));
            return CliAccess.REFUSED;
        }
        out.println(i18n.format("reports.exported", command.out()));
        return CliAccess.OK;
    }

    /** The one table a CSV file holds: decisions, the profiles' cells, or divergence per competency. */
    private static ReportTable csvTable(ReportTables tables, ReportSet set) {
        return set.outcomes() != null ? tables.outcomes(set.outcomes())
                : set.profiles() != null ? tables.profiles(set.profiles()) : tables.divergence(set.deliberation());
    }
}
