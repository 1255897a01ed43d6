package kz.suhbat.common.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.sheet.SheetTarget;
import kz.suhbat.common.sheet.SheetType;
import org.junit.jupiter.api.Test;

/** The spreadsheet save dialog offers a workbook or either CSV, the language's CSV first, and means what it says. */
class SpreadsheetChoiceTest {

    private static final Path FOLDER = Path.of("stick");

    @Test
    void kazakhAndRussianOfferSemicolonsFirstAndEnglishCommas() {
        for (Language language : List.of(Language.KK, Language.RU)) {
            List<DialogService.FileKind> kinds = new SpreadsheetChoice(new I18n(language)).kinds();
            assertEquals(List.of("xlsx", "csv", "csv"), kinds.stream().map(DialogService.FileKind::extension).toList());
            assertEquals(new I18n(language).get("sheet.kind.csvSemicolon"), kinds.get(1).description());
        }
        I18n english = new I18n(Language.EN);
        assertEquals("CSV with commas, for Excel in English (,)",
                new SpreadsheetChoice(english).kinds().get(1).description());
    }

    @Test
    void aCsvNameUnderTheWorkbookKindIsTheLanguagesCsv() {
        assertEquals(new SheetTarget(FOLDER.resolve("results.csv"), SheetType.CSV, CsvSeparator.SEMICOLON),
                choose(Language.RU, 0, "results.csv"));
        assertEquals(new SheetTarget(FOLDER.resolve("results.CSV"), SheetType.CSV, CsvSeparator.COMMA),
                choose(Language.EN, 0, "results.CSV"));
        assertEquals(new SheetTarget(FOLDER.resolve("results.xlsx"), SheetType.XLSX, CsvSeparator.SEMICOLON),
                choose(Language.KK, 0, "results.xlsx"));
        assertEquals(SheetType.XLSX, choose(Language.KK, 0, "results").type());
        assertEquals(FOLDER.resolve("results.xlsx"), choose(Language.KK, 0, "results").file());
    }

    @Test
    void aChosenCsvKindDecidesTheSeparatorAndGivesTheNameItsExtension() {
        assertEquals(new SheetTarget(FOLDER.resolve("results.csv"), SheetType.CSV, CsvSeparator.COMMA),
                choose(Language.KK, 2, "results.xlsx"), "commas chosen in Kazakh; the offered .xlsx name becomes .csv");
        assertEquals(new SheetTarget(FOLDER.resolve("results.csv"), SheetType.CSV, CsvSeparator.SEMICOLON),
                choose(Language.EN, 2, "results"), "semicolons chosen in English");
        assertEquals(new SheetTarget(FOLDER.resolve("r.csv"), SheetType.CSV, CsvSeparator.SEMICOLON),
                choose(Language.RU, 1, "r.csv"));
    }

    private static SheetTarget choose(Language language, int kind, String name) {
        SpreadsheetChoice choice = new SpreadsheetChoice(new I18n(language));
        return choice.target(new DialogService.SaveChoice(FOLDER.resolve(name), choice.kinds().get(kind)));
    }
}
