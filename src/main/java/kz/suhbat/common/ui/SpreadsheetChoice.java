package kz.suhbat.common.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.sheet.SheetTarget;
import kz.suhbat.common.sheet.SheetType;

/**
 * The save dialog for a spreadsheet: an Excel workbook, CSV for Excel with semicolons (Kazakh and Russian
 * Windows) or CSV with commas (English Windows), the language's CSV listed first. A name ending in .csv under
 * the workbook's kind is CSV as the language's Excel expects; a CSV kind chosen for a name ending in .xlsx
 * (the name first offered) gets .csv instead.
 */
public final class SpreadsheetChoice {

    private static final String CSV = "." + SheetType.CSV.extension();
    private static final String XLSX = "." + SheetType.XLSX.extension();

    private final DialogService.FileKind workbook;
    private final DialogService.FileKind semicolons;
    private final DialogService.FileKind commas;
    private final CsvSeparator usual;

    public SpreadsheetChoice(I18n i18n) {
        workbook = new DialogService.FileKind(i18n.get("sheet.kind.xlsx"), SheetType.XLSX.extension());
        semicolons = new DialogService.FileKind(i18n.get("sheet.kind.csvSemicolon"), SheetType.CSV.extension());
        commas = new DialogService.FileKind(i18n.get("sheet.kind.csvComma"), SheetType.CSV.extension());
        usual = CsvSeparator.defaultFor(i18n.language());
    }

    /** The kinds offered, in order: the workbook, then the language's CSV, then the other. */
    public List<DialogService.FileKind> kinds() {
        return usual == CsvSeparator.SEMICOLON ? List.of(workbook, semicolons, commas)
                : List.of(workbook, commas, semicolons);
    }

    /** Asks where to save, {@code initialName} (an .xlsx name) offered; empty when the user cancels. */
    public Optional<SheetTarget> choose(DialogService dialogs, String title, String initialName) {
        return dialogs.chooseFileToSave(title, initialName, kinds(), workbook).map(this::target);
    }

    /** What the dialog's answer means: the file to write, and how. */
    public SheetTarget target(DialogService.SaveChoice choice) {
        Path file = choice.file();
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Optional<CsvSeparator> chosen = choice.kind().equals(semicolons) ? Optional.of(CsvSeparator.SEMICOLON)
                : choice.kind().equals(commas) ? Optional.of(CsvSeparator.COMMA) : Optional.empty();
        if (lower.endsWith(CSV)) {
            return new SheetTarget(file, SheetType.CSV, chosen.orElse(usual));
        }
        if (chosen.isPresent()) {
            String stem = lower.endsWith(XLSX) ? name.substring(0, name.length() - XLSX.length()) : name;
            return new SheetTarget(file.resolveSibling(stem + CSV), SheetType.CSV, chosen.get());
        }
        return new SheetTarget(lower.endsWith(XLSX) ? file : file.resolveSibling(name + XLSX), SheetType.XLSX, usual);
    }
}
