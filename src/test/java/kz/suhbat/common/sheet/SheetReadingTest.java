package kz.suhbat.common.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Text files and sheets read strictly, whatever feature they are for. */
class SheetReadingTest {

    private static final String KAZAKH = "Әәғқңөұүһі ҒҚҢӨҰҮҺІ";

    private static byte[] withMark(byte[] mark, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    @Test
    void utf8WithOrWithoutItsMarkAndUtf16WithItsMarkAreDecoded() throws SheetException {
        assertEquals(KAZAKH, StrictText.utf8OrUtf16(KAZAKH.getBytes(StandardCharsets.UTF_8)));
        assertEquals(KAZAKH, StrictText.utf8OrUtf16(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                KAZAKH, StandardCharsets.UTF_8)));
        assertEquals(KAZAKH, StrictText.utf8OrUtf16(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, KAZAKH,
                StandardCharsets.UTF_16LE)));
        assertEquals(KAZAKH, StrictText.utf8OrUtf16(withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, KAZAKH,
                StandardCharsets.UTF_16BE)));
        assertEquals(KAZAKH, StrictText.utf8(withMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, KAZAKH,
                StandardCharsets.UTF_8)));
    }

    @Test
    void windows1251IsRefusedWithTheLineOfItsFirstLetter() {
        byte[] bytes = "name\nИванов\n".getBytes(Charset.forName("windows-1251"));
        SheetException refused = assertThrows(SheetException.class, () -> StrictText.utf8OrUtf16(bytes));
        assertEquals(SheetException.Reason.NOT_UNICODE, refused.reason());
        assertEquals(2, refused.row());
        assertEquals("", refused.cell());
        assertThrows(SheetException.class, () -> CsvSheet.read(bytes));
    }

    @Test
    void utf16IsRefusedWhereOnlyUtf8IsAllowed() {
        byte[] bytes = withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{}", StandardCharsets.UTF_16LE);
        assertEquals(SheetException.Reason.NOT_UNICODE,
                assertThrows(SheetException.class, () -> StrictText.utf8(bytes)).reason());
    }

    @Test
    void csvValuesMayBeQuotedAndSpanLines() throws SheetException {
        SheetTable table = CsvSheet.read("a;b;c\r\n\"x;1\";\"say \"\"hi\"\"\";\"two\nlines\"\n\n;;\nlast"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, table.headerRow());
        assertEquals(List.of("a", "b", "c"), table.header());
        assertEquals(new SheetTable.Row(2, List.of("x;1", "say \"hi\"", "two\nlines")), table.rows().get(0));
        assertTrue(table.rows().get(1).isBlank());
        assertTrue(table.rows().get(2).isBlank());
        assertEquals("last", table.rows().get(3).cell(0));
        assertEquals("", table.rows().get(3).cell(5));
        assertFalse(table.isEmpty());
    }

    @Test
    void anUnclosedQuoteIsRefusedAtItsCell() {
        SheetException refused = assertThrows(SheetException.class,
                () -> CsvSheet.read("a,b\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SheetException.Reason.UNCLOSED_QUOTE, refused.reason());
        assertEquals(2, refused.row());
        assertEquals(1, refused.column());
        assertEquals("B2", refused.cell());
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMost() {
        assertEquals(';', CsvSheet.separator("a;b;c,d\n1,2,3,4,5"));
        assertEquals(',', CsvSheet.separator("a,b,\"c;d;e\""));
        assertEquals('\t', CsvSheet.separator("a\tb\tc"));
    }

    @Test
    void anEmptyFileIsAnEmptySheet() throws SheetException {
        assertTrue(CsvSheet.read(new byte[0]).isEmpty());
        assertTrue(CsvSheet.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).isEmpty());
        assertTrue(CsvSheet.read("\n\n,,\n".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void aWorkbookIsReadWithItsRowNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("list");
        sheet.value(1, 0, "name");
        sheet.value(1, 1, "count");
        sheet.value(2, 0, KAZAKH);
        sheet.value(2, 1, 6);
        sheet.value(4, 1, 900101300126L);
        workbook.finish();
        SheetTable table = XlsxSheet.read(out.toByteArray());
        assertEquals(2, table.headerRow());
        assertEquals(List.of("name", "count"), table.header());
        assertEquals(new SheetTable.Row(3, List.of(KAZAKH, "6")), table.rows().get(0));
        assertEquals(new SheetTable.Row(5, List.of("", "900101300126")), table.rows().get(1));
    }

    @Test
    void somethingElseIsNotAWorkbook() {
        assertEquals(SheetException.Reason.NOT_XLSX, assertThrows(SheetException.class,
                () -> XlsxSheet.read("a,b".getBytes(StandardCharsets.UTF_8))).reason());
        assertEquals(SheetException.Reason.NOT_XLSX,
                assertThrows(SheetException.class, () -> XlsxSheet.read(new byte[] {0x50, 0x4B})).reason());
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertEquals(SheetException.Reason.NOT_XLSX,
                assertThrows(SheetException.class, () -> XlsxSheet.read(brokenZip)).reason());
    }

    @Test
    void theTypeComesFromTheExtension() throws IOException {
        assertEquals(Optional.of(SheetType.XLSX), SheetType.of(Path.of("dir", "List.XLSX")));
        assertEquals(Optional.of(SheetType.CSV), SheetType.of(Path.of("list.csv")));
        assertEquals(Optional.empty(), SheetType.of(Path.of("list.xls")));
        assertEquals(Optional.empty(), SheetType.of(Path.of("csv")));
    }

    @Test
    void columnLettersAndPlaces() {
        assertEquals("A", SheetTable.columnLetters(0));
        assertEquals("Z", SheetTable.columnLetters(25));
        assertEquals("AA", SheetTable.columnLetters(26));
        assertEquals("BA", SheetTable.columnLetters(52));
        assertEquals("E5 [question_kk]", SheetTable.place(4, 5, "question_kk"));
    }
}
