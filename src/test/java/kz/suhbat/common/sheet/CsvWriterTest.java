package kz.suhbat.common.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * CSV as every office's Excel opens it: a text that holds either separator stays one cell whichever separator
 * the file has and whichever the reader's Excel splits at, and nothing in it ever runs as a formula.
 */
class CsvWriterTest {

    private static final List<String> HOSTILE = List.of("x;=1+2;y", "x,=1+2,y", "=1+2", "+7 701 123", "-2+3",
            "@SUM(A1)", "\tтаб", "\rжол", "a \"quoted\" word", "two\nlines", "Әлия Сәрсенқызы");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @ParameterizedTest
    @EnumSource(CsvSeparator.class)
    void everyHostileTextReadsBackAsOneNeutralisedCellWithEitherSeparator(CsvSeparator separator) throws Exception {
        byte[] bytes = write(separator);

        assertTrue(StrictText.startsWith(bytes, 0xEF, 0xBB, 0xBF), "a byte-order mark for Excel");
        assertEquals(separator.character(), CsvSheet.separator(StrictText.utf8(bytes)), "the separator is detected");
        SheetTable read = CsvSheet.read(bytes);
        assertEquals(List.of("text", "number", "date"), read.header());
        assertEquals(HOSTILE.size(), read.rows().size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            List<String> cells = read.rows().get(i).cells();
            assertEquals(3, cells.size(), "one text, one number, one date: " + cells);
            assertEquals(Neutral.text(HOSTILE.get(i)), cells.get(0));
        }
        assertEquals("x;=1+2;y", read.rows().get(0).cell(0), "kept whole, and it starts with no formula");
        assertEquals("x,=1+2,y", read.rows().get(1).cell(0));
        assertEquals("'=1+2", read.rows().get(2).cell(0), "a formula is neutralised");
        assertEquals("3" + separator.decimalMark() + "75", read.rows().get(0).cell(1));
        assertEquals("2027-03-15", read.rows().get(0).cell(2));
    }

    @ParameterizedTest
    @EnumSource(CsvSeparator.class)
    void excelSplittingAtEitherSeparatorFindsNoFormulaInAnyCell(CsvSeparator written) throws Exception {
        byte[] bytes = write(written);
        for (CsvSeparator excel : CsvSeparator.values()) {
            for (List<String> record : CsvSheet.records(bytes, excel.character())) {
                for (String cell : record) {
                    assertFalse(!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !isNumber(cell),
                            "written with " + written + ", split at " + excel + ": " + cell);
                }
            }
        }
    }

    @Test
    void semicolonInjectionIsQuotedInACommaFileAndCommaInjectionInASemicolonFile() {
        String comma = CsvWriter.forExcel(CsvSeparator.COMMA).text("x;=1+2;y").text("y").endRow().text();
        assertEquals("\uFEFF\"x;=1+2;y\",y\r\n", comma);
        String semicolon = CsvWriter.forExcel(CsvSeparator.SEMICOLON).text("x,=1+2,y").text("y").endRow().text();
        assertEquals("\uFEFF\"x,=1+2,y\";y\r\n", semicolon);
        assertEquals("\"'=1+2\";\"'-2\"\r\n", CsvWriter.forScripts(CsvSeparator.SEMICOLON).text("=1+2").text("-2")
                .endRow().text(), "neutralised and quoted; no byte-order mark for scripts");
    }

    @Test
    void numbersKeepTheirSignAndTakeTheSeparatorsDecimalMark() {
        assertEquals("-2;\"-1,5\";0\r\n", CsvWriter.forScripts(CsvSeparator.SEMICOLON).number(-2)
                .number(new BigDecimal("-1.5")).cell(BigDecimal.ZERO).endRow().text());
        assertEquals("-2,-1.5,\r\n", CsvWriter.forScripts(CsvSeparator.COMMA).cell(-2L)
                .number(new BigDecimal("-1.5")).cell(null).endRow().text());
    }

    @Test
    void theSeparatorIsNamedOnTheCommandLineAndDefaultsByLanguage() {
        assertEquals(CsvSeparator.SEMICOLON, CsvSeparator.named("Semicolon").orElseThrow());
        assertEquals(CsvSeparator.COMMA, CsvSeparator.named(",").orElseThrow());
        assertTrue(CsvSeparator.named("tab").isEmpty());
        assertEquals(CsvSeparator.SEMICOLON, CsvSeparator.defaultFor(kz.suhbat.common.i18n.Language.KK));
        assertEquals(CsvSeparator.SEMICOLON, CsvSeparator.defaultFor(kz.suhbat.common.i18n.Language.RU));
        assertEquals(CsvSeparator.COMMA, CsvSeparator.defaultFor(kz.suhbat.common.i18n.Language.EN));
    }

    private static byte[] write(CsvSeparator separator) {
        CsvWriter csv = CsvWriter.forExcel(separator).row(List.of("text", "number", "date"));
        for (String text : HOSTILE) {
            csv.text(text).number(new BigDecimal("3.75")).date(LocalDate.of(2027, 3, 15)).endRow();
        }
        String written = csv.text();
        assertEquals(written, new String(csv.bytes(), StandardCharsets.UTF_8));
        return csv.bytes();
    }

    private static boolean isNumber(String cell) {
        return cell.matches("-?\\d+([.,]\\d+)?");
    }
}
