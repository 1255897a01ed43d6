package kz.suhbat.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.sheet.CsvSeparator;
import kz.suhbat.common.sheet.CsvSheet;
import kz.suhbat.common.sheet.SheetTable;
import kz.suhbat.results.file.ResultsCsv;
import kz.suhbat.results.file.ResultsXlsx;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestCampaigns;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign's results as CSV and XLSX: Kazakh letters intact, numbers and dates as such, and every
 * text a spreadsheet would run as a formula neutralised (OWASP CSV injection).
 */
class ResultsExportTest {

    private static final String[] HOSTILE = {"=HYPERLINK(\"http://evil\",\"x\")", "+77011234567", "-2+3", "@SUM(A1)"};

    @TempDir
    Path temp;

    private TestOffice office;
    private ResultsTable table;

    @BeforeEach
    void results() {
        office = TestOffice.create(temp, new KeyDerivation(1_000));
        TestPanel panel = TestPanel.seat(office);
        int serial = 0;
        for (String hostile : HOSTILE) {
            String iin;
            do {
                iin = kz.suhbat.campaign.Iin.complete(String.format("9001014%04d", serial++)).orElse(null);
            } while (iin == null);
            office.services().campaigns().addCandidate(TestCampaigns.candidate(panel.campaign, hostile, "Әлия",
                    iin));
        }
        panel.finaliseFirstInterview(office, "Келісілді");
        table = ResultsTable.of(office.services().results().results(panel.campaign.id()), new I18n(Language.KK));
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theCsvOpensInExcelWithKazakhLettersAndRunsNoFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsCsv.write(table, CsvSeparator.COMMA, out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "a byte-order mark for Excel");
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.contains("Тегі,Аты,Әкесінің аты,ЖСН"), "the header in Kazakh");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""), csv);
        assertTrue(csv.contains("\"'+77011234567\""));
        assertTrue(csv.contains("\"'-2+3\""));
        assertTrue(csv.contains("\"'@SUM(A1)\""));
        for (String line : csv.split("\r\n")) {
            for (String field : line.split(",")) {
                assertTrue(field.isEmpty() || "=+-@".indexOf(field.charAt(0)) < 0, "no field starts a formula: " + field);
            }
        }
        assertTrue(csv.contains(",3.00,"), "the agreed result as a plain number");
        assertTrue(csv.contains(",қорытындыланды,"), "the status in Kazakh");
    }

    @Test
    void theCsvForKazakhAndRussianExcelHasSemicolonsAndDecimalCommas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsCsv.write(table, CsvSeparator.SEMICOLON, out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "a byte-order mark for Excel");
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.contains("Тегі;Аты;Әкесінің аты;ЖСН"), csv);
        assertTrue(csv.contains(";\"3,00\";"), "the agreed result with a decimal comma, in one cell: " + csv);
        assertTrue(csv.contains("\"'-2+3\""), csv);
        SheetTable read = CsvSheet.read(bytes);
        assertEquals(table.header(), read.header());
        assertTrue(read.rows().stream().anyMatch(row -> row.cells().contains("'=HYPERLINK(\"http://evil\",\"x\")")));
        assertTrue(read.rows().stream().allMatch(row -> row.cells().size() == table.header().size()),
                "every row has one cell per column");
    }

    @Test
    void aTextStartingWithATabOrACarriageReturnIsNeutralisedToo() throws Exception {
        // Names are trimmed when entered; other texts (a post, a reason) may still start so.
        ResultsTable odd = new ResultsTable(List.of("text"), List.of(List.of(ResultCell.text("\tТаб")),
                List.of(ResultCell.text("\rҚайтару"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsCsv.write(odd, CsvSeparator.SEMICOLON, out);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'\tТаб\""), csv);
        assertTrue(csv.contains("\"'\rҚайтару\""), csv);
    }

    @Test
    void theWorkbookKeepsNumbersAsNumbersAndNeutralisesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsXlsx.write(table, "Нәтижелер", out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(table.rows().size() + 1, rows.size());
            Row finalised = rows.stream().filter(r -> r.getCellAsString(6).orElse("").equals("қорытындыланды"))
                    .findFirst().orElseThrow();
            assertEquals(CellType.NUMBER, finalised.getCell(7).getType(), "a competency result is a number");
            assertEquals(CellType.NUMBER, finalised.getCell(5).getType(), "the date is a date (a serial number)");
            for (Row row : rows) {
                String name = row.getCellAsString(0).orElse("");
                assertTrue(name.isEmpty() || "=+-@\t\r".indexOf(name.charAt(0)) < 0, "neutralised: " + name);
                assertTrue(row.getCell(0) == null || row.getCell(0).getType() != CellType.FORMULA);
            }
        }
    }
}
