package kz.suhbat.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.rubric.file.QuestionSheetTemplate;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.rubric.file.RubricFiles;
import kz.suhbat.rubric.file.RubricProblem;
import kz.suhbat.rubric.file.SheetFormat;

/**
 * {@code suhbat rubric …}: exports a framework to a rubric file, imports one, or writes a question bank
 * template, without opening the window. It uses the data folder the window would use and refuses to
 * run while Suhbat has that folder open. Messages are in the language chosen in the folder's settings.
 */
final class RubricCli {

    static final String COMMAND = "rubric";
    static final int OK = CliAccess.OK;
    static final int REFUSED = CliAccess.REFUSED;
    static final int ALREADY_OPEN = CliAccess.ALREADY_OPEN;
    static final int USAGE = CliAccess.USAGE;


    private final I18n i18n;
    private final PrintStream out;
    private final PrintStream err;
    private final RubricFiles files = new RubricFiles();
    private final CliAccess access;


    private RubricCli(DataFolder folder, I18n i18n, PrintStream out, PrintStream err, CliPasswords passwords) {
        this.i18n = i18n;
        this.out = out;
        this.err = err;
        this.access = new CliAccess(folder, i18n, err, passwords);
    }

    /** Runs the command given after {@code rubric}; returns the process exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err, CliPasswords passwords) {
        return CliAccess.start(args, err, "rubricfile.cli.usage", RubricCliCommand::parse,
                (folder, i18n, command) -> new RubricCli(folder, i18n, out, err, passwords).execute(command));
    }

    private int execute(RubricCliCommand command) {
        return switch (command.action()) {
            case HELP -> {
                out.print(i18n.format("rubricfile.cli.usage"));
                yield OK;
            }
            case TEMPLATE -> template(command.file().orElseThrow(),
                    command.separator().orElse(CsvSeparator.defaultFor(i18n.language())));
            case EXPORT -> access.withServices(command.user().orElseThrow(), services -> export(services.rubric(),
                    command.code().orElseThrow(), command.version(), command.file().orElseThrow()));
            case IMPORT -> access.withServices(command.user().orElseThrow(), services -> importFile(services.rubric(),
                    command.file().orElseThrow()));
        };
    }

    private int export(RubricService rubric, String code, OptionalInt version, Path target) {
        List<FrameworkSummary> versions = rubric.list().stream().filter(s -> s.code().equals(code)).toList();
        Optional<FrameworkSummary> chosen = version.isPresent()
                ? versions.stream().filter(s -> s.version() == version.getAsInt()).findFirst()
                : versions.stream().max(Comparator.comparingInt(FrameworkSummary::version));
        if (chosen.isEmpty()) {
            err.println(version.isPresent() ? i18n.format("rubricfile.cli.notFoundVersion", code, version.getAsInt())
                    : i18n.format("rubricfile.cli.notFound", code));
            return REFUSED;
        }
        Framework framework = rubric.load(chosen.get().id()).orElseThrow();
        try {
            files.export(framework, target);
        } catch (RubricFileException e) {
            err.println(i18n.format("rubricfile.cli.exportNotImportable", code, framework.version()));
            printProblems(e);
            return REFUSED;
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotWrite", target.toAbsolutePath(), e.getMessage()));
            return REFUSED;
        }
        out.println(i18n.format("rubricfile.cli.exported", code, framework.version(), target.toAbsolutePath()));
        return OK;
    }

    private int importFile(RubricService rubric, Path file) {
        Framework framework;
        try {
            framework = files.read(file);
        } catch (NoSuchFileException e) {
            err.println(i18n.format("rubricfile.cli.noSuchFile", file.toAbsolutePath()));
            return REFUSED;
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotRead", file.toAbsolutePath(), e.getMessage()));
            return REFUSED;
        } catch (RubricFileException e) {
            printProblems(e);
            err.println(i18n.format("rubricfile.cli.nothingImported", e.problems().size()));
            return REFUSED;
        }
        RubricService.ImportResult result = rubric.importFramework(framework);
        return switch (result.outcome()) {
            case IMPORTED -> {
                out.println(i18n.format("rubricfile.cli.imported", framework.code(), framework.version()));
                yield OK;
            }
            case ALREADY_PRESENT -> {
                out.println(i18n.format("rubricfile.cli.alreadyPresent", framework.code(), framework.version()));
                yield OK;
            }
            case CONFLICT -> {
                err.println(i18n.format("rubricfile.cli.conflict", framework.code(), framework.version()));
                yield REFUSED;
            }
        };
    }

    private int template(Path target, CsvSeparator separator) {
        SheetFormat format = SheetFormat.of(target).orElseThrow();
        try {
            AtomicFiles.write(target, stream -> new QuestionSheetTemplate().write(format, separator, stream));
        } catch (IOException e) {
            err.println(i18n.format("rubricfile.cli.cannotWrite", target.toAbsolutePath(), e.getMessage()));
            return REFUSED;
        }
        out.println(i18n.format("rubricfile.cli.templateWritten", target.toAbsolutePath()));
        return OK;
    }

    private void printProblems(RubricFileException refused) {
        for (RubricProblem problem : refused.problems()) {
            err.println(problem.describe(i18n));
        }
    }
}
