package kz.suhbat.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.suhbat.common.Progress;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.exchange.ExchangeRefusal;
import kz.suhbat.exchange.ExportReceipt;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.exchange.PackageFormat;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.exchange.SigningKeyRefusal;
import kz.suhbat.exchange.VerifiedPackage;
import kz.suhbat.exchange.ui.ExchangeErrors;

/**
 * {@code suhbat export|verify|import …}: the exchange of packages for scripts and batch work, with
 * the same checks as the window and exit statuses a script can rely on (see the README).
 */
final class ExchangeCli {

    static final int OK = CliAccess.OK;
    static final int REFUSED = CliAccess.REFUSED;
    static final int ALREADY_OPEN = CliAccess.ALREADY_OPEN;
    /** Verify or import: at least one package was refused (the others were still imported). */
    static final int PACKAGE_REFUSED = 3;
    /** Export: the package could not be written to the folder; nothing changed, the export can be repeated. */
    static final int WRITE_FAILED = 4;
    static final int USAGE = CliAccess.USAGE;

    private final I18n i18n;
    private final PrintStream out;
    private final PrintStream err;
    private final CliAccess access;
    private final CliPasswords passwords;

    private ExchangeCli(DataFolder folder, I18n i18n, PrintStream out, PrintStream err, CliPasswords passwords) {
        this.i18n = i18n;
        this.passwords = passwords;
        this.out = out;
        this.err = err;
        this.access = new CliAccess(folder, i18n, err, passwords);
    }

    /** Runs {@code args} (starting with the command word); returns the process exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err, CliPasswords passwords) {
        return CliAccess.start(args, err, "exchange.cli.usage", ExchangeCliCommand::parse,
                (folder, i18n, command) -> new ExchangeCli(folder, i18n, out, err, passwords).execute(command));
    }

    private int execute(ExchangeCliCommand command) {
        return access.withServices(command.user(), services -> switch (command.action()) {
            case EXPORT -> export(services, command);
            case VERIFY -> verify(services, packages(command.packages()));
            case IMPORT -> importAll(services, packages(command.packages()));
        });
    }

    private int export(Services services, ExchangeCliCommand command) {
        Path folder = command.to().orElseThrow();
        String admin = command.admin().orElseThrow();
        Optional<char[]> password = passwords.password(i18n.format("exchange.cli.adminPasswordPrompt", admin));
        if (password.isEmpty()) {
            err.println(i18n.format("rubricfile.cli.noPassword", CliPasswords.ENVIRONMENT));
            return REFUSED;
        }
        try {
            SigningKey key;
            try {
                key = services.officeKeys().unlock(admin, password.get());
            } finally {
                Arrays.fill(password.get(), '\0');
            }
            ExportReceipt receipt = services.exports().export(command.campaignId(), folder,
                    command.language().orElse(i18n.language()), key, Progress.NONE);
            out.println(i18n.format("exchange.exported", receipt.file().getFileName(), receipt.file().getParent(),
                    receipt.candidates(), receipt.scores()));
            return OK;
        } catch (ExchangeRefusal refusal) {
            err.println(ExchangeErrors.text(refusal, i18n));
            return refusal.reason() == ExchangeRefusal.Reason.WRITE_FAILED
                    || refusal.reason() == ExchangeRefusal.Reason.READBACK_FAILED ? WRITE_FAILED : REFUSED;
        } catch (SigningKeyRefusal refusal) {
            err.println(ExchangeErrors.text(refusal, i18n));
            return REFUSED;
        } catch (kz.suhbat.interview.InterviewException notFound) {
            err.println(i18n.format("exchange.cli.noCampaign", command.campaignId()));
            return REFUSED;
        }
    }

    private int verify(Services services, List<Path> files) {
        int status = files.isEmpty() ? PACKAGE_REFUSED : OK;
        for (Path file : files) {
            try {
                VerifiedPackage verified = services.imports().verify(file);
                out.println(i18n.format("exchange.cli.valid", file, verified.manifest().officeCode(),
                        verified.manifest().sequence(), verified.manifest().campaignTitle()));
            } catch (ExchangeRefusal refusal) {
                err.println(i18n.format("exchange.cli.refused", file, ExchangeErrors.text(refusal, i18n)));
                status = PACKAGE_REFUSED;
            }
        }
        return status;
    }

    private int importAll(Services services, List<Path> files) {
        List<ImportOutcome> outcomes = services.imports().importPackages(files, (done, total) -> {
            if (total > 1) {
                err.print("\r" + done + "/" + total);
            }
        });
        if (files.size() > 1) {
            err.println();
        }
        int[] counts = new int[ImportOutcome.Kind.values().length];
        for (ImportOutcome outcome : outcomes) {
            counts[outcome.kind().ordinal()]++;
            String text = outcome.refusal().map(r -> ExchangeErrors.text(r, i18n)).orElse("");
            switch (outcome.kind()) {
                case IMPORTED -> out.println(i18n.format("exchange.cli.imported", outcome.file(),
                        outcome.manifest().orElseThrow().officeCode(), outcome.manifest().orElseThrow().sequence()));
                case ALREADY_IMPORTED -> out.println(outcome.file() + ": " + text);
                case REFUSED -> err.println(i18n.format("exchange.cli.refused", outcome.file(), text));
            }
        }
        out.println(i18n.format("exchange.importSummary", counts[ImportOutcome.Kind.IMPORTED.ordinal()],
                counts[ImportOutcome.Kind.ALREADY_IMPORTED.ordinal()], counts[ImportOutcome.Kind.REFUSED.ordinal()]));
        return files.isEmpty() || counts[ImportOutcome.Kind.REFUSED.ordinal()] > 0 ? PACKAGE_REFUSED : OK;
    }

    /** The files named, with a folder standing for the package files directly in it. */
    private List<Path> packages(List<Path> named) {
        List<Path> files = new ArrayList<>();
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listed = Files.list(path)) {
                    List<Path> found = listed.filter(f -> f.getFileName().toString().endsWith(PackageFormat.EXTENSION))
                            .sorted().toList();
                    if (found.isEmpty()) {
                        err.println(i18n.format("exchange.cli.noPackagesIn", path));
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    err.println(i18n.format("exchange.cannotRead", path + ": " + e.getMessage()));
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
