package kz.suhbat.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kz.suhbat.analytics.stats.AgreementCsv;
import kz.suhbat.analytics.stats.AgreementSummary;
import kz.suhbat.analytics.stats.AgreementText;
import kz.suhbat.analytics.stats.RatingsSheet;
import kz.suhbat.analytics.stats.RatingsSheetException;
import kz.suhbat.analytics.stats.Scale;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.sheet.SheetException;
import kz.suhbat.common.sheet.SheetType;

/**
 * {@code suhbat agreement FILE.csv|FILE.xlsx}: every agreement statistic of a ratings sheet, from Suhbat or
 * from elsewhere, as text or CSV. It needs no data folder and no sign-in. Messages are in the language of
 * {@code --lang}, else of the system when it is Kazakh or Russian, else English.
 */
final class AgreementCli {

    static final String COMMAND = "agreement";

    private final I18n i18n;
    private final PrintStream out;
    private final PrintStream err;

    private AgreementCli(I18n i18n, PrintStream out, PrintStream err) {
        this.i18n = i18n;
        this.out = out;
        this.err = err;
    }

    /** Runs the command given after {@code agreement}; returns the process exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, Locale.getDefault());
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Locale system) {
        I18n i18n = new I18n(AgreementCliCommand.language(args, system));
        AgreementCliCommand command;
        try {
            command = AgreementCliCommand.parse(args);
        } catch (RubricCliCommand.UsageException e) {
            err.println(i18n.format(e.key(), e.args()));
            err.print(i18n.format("agreement.cli.usage"));
            return CliAccess.USAGE;
        }
        if (command.help()) {
            out.print(i18n.format("agreement.cli.usage"));
            return CliAccess.OK;
        }
        return new AgreementCli(i18n, out, err).execute(command);
    }

    private int execute(AgreementCliCommand command) {
        Path file = command.file().orElseThrow();
        try {
            byte[] bytes = Files.readAllBytes(file);
            RatingsSheet sheet = RatingsSheet.read(SheetType.of(file).orElse(SheetType.CSV).read(bytes));
            Scale scale = sheet.scale(command.scale());
            AgreementSummary summary = AgreementSummary.of(sheet.table(), scale);
            out.print(command.format() == AgreementCliCommand.Format.CSV ? new AgreementCsv().render(summary,
                    command.separator().orElse(CsvSeparator.defaultFor(i18n.language())))
                    : new AgreementText(i18n).render(summary));
            return CliAccess.OK;
        } catch (NoSuchFileException e) {
            err.println(i18n.format("rubricfile.cli.noSuchFile", file.toAbsolutePath()));
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotRead", file.toAbsolutePath(), e.getMessage()));
        } catch (SheetException e) {
            err.println(i18n.format("agreement.cli.inFile", file.toAbsolutePath()) + " "
                    + i18n.format("agreement.file." + e.reason().name(), e.row(), e.cell()));
        } catch (RatingsSheetException e) {
            err.println(i18n.format("agreement.cli.inFile", file.toAbsolutePath()) + " "
                    + i18n.format(e.key(), e.arguments()));
        } catch (RuntimeException e) {
            err.println(i18n.format("agreement.cli.failed", String.valueOf(e.getMessage())));
        }
        return CliAccess.REFUSED;
    }
}
