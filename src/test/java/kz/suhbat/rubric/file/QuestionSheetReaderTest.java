package kz.suhbat.rubric.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.sheet.CsvSheet;
import kz.suhbat.common.sheet.SheetTable;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.QuestionKind;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Question bank sheets filled in Excel: read whole, or refused with every problem at its cell. */
class QuestionSheetReaderTest {

    private static final String HEADER = String.join(",", QuestionSheet.COLUMNS);

    private final Framework framework = DemoFramework.read();
    private final QuestionSheetReader reader = new QuestionSheetReader();

    @TempDir
    Path folder;

    private Map<String, List<Question>> readCsv(String csv) throws RubricFileException {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), SheetFormat.CSV, framework);
    }

    private List<RubricProblem> csvProblems(byte[] csv) {
        return assertThrows(RubricFileException.class, () -> reader.read(new ByteArrayInputStream(csv),
                SheetFormat.CSV, framework)).problems();
    }

    private List<RubricProblem> xlsxProblems(byte[] xlsx) {
        return assertThrows(RubricFileException.class, () -> reader.read(new ByteArrayInputStream(xlsx),
                SheetFormat.XLSX, framework)).problems();
    }

    /** A workbook whose first sheet holds {@code rows}; numbers stay numbers. */
    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("bank");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }

    private static List<Object> header() {
        return new ArrayList<>(QuestionSheet.COLUMNS);
    }

    private static void assertExampleQuestion(Map<String, List<Question>> questions) {
        assertEquals(List.of("DEC"), List.copyOf(questions.keySet()));
        Question question = questions.get("DEC").get(0);
        assertEquals(QuestionKind.BEHAVIOURAL, question.kind());
        assertEquals(6, question.suggestedMinutes());
        assertEquals(QuestionSheetTemplate.EXAMPLE.get(3), question.text().kk());
        assertEquals(QuestionSheetTemplate.EXAMPLE.get(5), question.text().en());
        assertEquals(3, question.probes().size());
        assertEquals(LocalizedText.of("Шешімді қайта қарауға не себеп болды?",
                "Что заставило вас пересмотреть решение?", "What made you reconsider?"), question.probes().get(0));
        assertEquals(List.of(3, 4, 5), question.revealsLevels());
    }

    @Test
    void theXlsxTemplateReadsBackAsItsExample() throws Exception {
        Path file = folder.resolve("bank.xlsx");
        try (var out = Files.newOutputStream(file)) {
            new QuestionSheetTemplate().writeXlsx(out);
        }
        assertExampleQuestion(reader.read(file, framework));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(kz.suhbat.common.sheet.CsvSeparator.class)
    void theCsvTemplateReadsBackAsItsExampleWithEitherSeparator(kz.suhbat.common.sheet.CsvSeparator separator)
            throws Exception {
        Path file = folder.resolve("bank.csv");
        try (var out = Files.newOutputStream(file)) {
            new QuestionSheetTemplate().writeCsv(separator, out);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF, "the template starts with a byte-order mark for Excel");
        char s = separator.character();
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("competency" + s + "kind" + s + "minutes"));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(s + "\"3,4,5\"\r\n"), "levels in one cell");
        assertExampleQuestion(reader.read(file, framework));
    }

    @Test
    void aCommaSeparatedSheetWithQuotedMultiLineProbesIsRead() throws Exception {
        String csv = HEADER + "\n"
                + "STR,situational,5,Сұрақ 1,Вопрос 1,Question 1,\"бір\nекі\",\"один\r\nдва\",\"one\n\ntwo\",\n"
                + ",,,,,,,,,\n"
                + "DEC,BEHAVIOURAL,8.0,Сұрақ 2,\"Вопрос \"\"2\"\"\",\"Question 2, with a comma\",,,, 4 ; 5\n"
                + "STR,BEHAVIOURAL,3,Сұрақ 3,Вопрос 3,Question 3,,,,1 2\n";
        Map<String, List<Question>> questions = readCsv(csv);
        assertEquals(List.of("STR", "DEC"), List.copyOf(questions.keySet()));
        Question first = questions.get("STR").get(0);
        assertEquals(QuestionKind.SITUATIONAL, first.kind());
        assertEquals(List.of(LocalizedText.of("бір", "один", "one"), LocalizedText.of("екі", "два", "two")),
                first.probes());
        assertEquals(List.of(), first.revealsLevels());
        Question second = questions.get("DEC").get(0);
        assertEquals(8, second.suggestedMinutes());
        assertEquals("Вопрос \"2\"", second.text().ru());
        assertEquals("Question 2, with a comma", second.text().en());
        assertEquals(List.of(4, 5), second.revealsLevels());
        assertEquals(List.of(1, 2), questions.get("STR").get(1).revealsLevels());
    }

    @Test
    void utf16WithItsByteOrderMarkIsRead() throws Exception {
        String csv = "\uFEFF" + String.join(";", QuestionSheet.COLUMNS) + "\r\n"
                + "COO;BEHAVIOURAL;4;Ынтымақтастық;Сотрудничество;Cooperation;;;;\r\n";
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Map<String, List<Question>> questions = reader.read(new ByteArrayInputStream(csv.getBytes(charset)),
                    SheetFormat.CSV, framework);
            assertEquals("Ынтымақтастық", questions.get("COO").get(0).text().kk(), charset.name());
        }
    }

    @Test
    void aCsvInAnotherEncodingIsRefusedWithAdviceToSaveAsUtf8() {
        byte[] cp1251 = (HEADER + "\nDEC,BEHAVIOURAL,5,Сұрақ,Вопрос,Question,,,,\n")
                .getBytes(Charset.forName("windows-1251"));
        assertEquals(List.of(RubricProblem.of("", ProblemKeys.SHEET_NOT_UTF8, "2")), csvProblems(cp1251));
    }

    @Test
    void everyProblemOfEveryRowIsReportedAtItsCell() throws Exception {
        byte[] sheet = xlsx(List.of(header(),
                row("DEC", "BEHAVIOURAL", 6, "Сұрақ", "Вопрос", "Question", "а\nә", "а\nб", "a", "3,4"),
                row("XYZ", "HYPOTHETICAL", "six", "Сұрақ", "", "Question", "", "", "", "3,9"),
                row("STR", "SITUATIONAL", 0, "Сұрақ", "Вопрос", "Question", "", "", "", "a,b"),
                row("DEC", "SITUATIONAL", 2.5, "Сұрақ", "Вопрос", "Question", "", "", "", 7)));
        List<RubricProblem> problems = xlsxProblems(sheet);
        assertEquals(List.of(
                RubricProblem.of("G2 [probes_kk]", ProblemKeys.SHEET_PROBE_COUNTS, 2, 2, 1),
                RubricProblem.of("A3 [competency]", ProblemKeys.SHEET_UNKNOWN_COMPETENCY, "XYZ", "KZ-CS-BASE"),
                RubricProblem.of("B3 [kind]", ProblemKeys.UNKNOWN_VALUE, "HYPOTHETICAL", "BEHAVIOURAL, SITUATIONAL"),
                RubricProblem.of("C3 [minutes]", ProblemKeys.SHEET_NOT_WHOLE_NUMBER, "six"),
                RubricProblem.of("E3 [question_ru]", ProblemKeys.SHEET_EMPTY_CELL),
                RubricProblem.of("J3 [reveals_levels]", ProblemKeys.LEVEL_OUTSIDE_SCALE, 9, 1, 5),
                RubricProblem.of("C4 [minutes]", ProblemKeys.MINUTES_TOO_FEW, 0),
                RubricProblem.of("J4 [reveals_levels]", ProblemKeys.SHEET_BAD_LEVELS, "a,b"),
                RubricProblem.of("C5 [minutes]", ProblemKeys.SHEET_NOT_WHOLE_NUMBER, "2.5"),
                RubricProblem.of("J5 [reveals_levels]", ProblemKeys.LEVEL_OUTSIDE_SCALE, 7, 1, 5)), problems);
    }

    @Test
    void theHeaderMustNameEveryColumnOnce() throws Exception {
        List<Object> header = header();
        header.set(9, "question_kk");
        header.add("notes");
        List<RubricProblem> problems = xlsxProblems(xlsx(List.of(header,
                row("DEC", "BEHAVIOURAL", 6, "Сұрақ", "Вопрос", "Question", "", "", "", ""))));
        assertEquals(List.of(
                RubricProblem.of("J1", ProblemKeys.SHEET_DUPLICATE_COLUMN, "question_kk"),
                RubricProblem.of("K1", ProblemKeys.SHEET_UNKNOWN_COLUMN, "notes"),
                RubricProblem.of("", ProblemKeys.SHEET_MISSING_COLUMN, "reveals_levels")), problems);
    }

    @Test
    void columnsMayComeInAnyOrderAndAnyCase() throws Exception {
        List<Object> header = new ArrayList<>(List.of("Question_EN", "question_ru", "QUESTION_KK", "competency", "kind",
                "minutes", "probes_kk", "probes_ru", "probes_en", "reveals_levels"));
        Map<String, List<Question>> questions = reader.read(new ByteArrayInputStream(xlsx(List.of(header,
                row("Question", "Вопрос", "Сұрақ", "DEV", "BEHAVIOURAL", 3, "", "", "", "")))), SheetFormat.XLSX,
                framework);
        assertEquals(LocalizedText.of("Сұрақ", "Вопрос", "Question"), questions.get("DEV").get(0).text());
    }

    @Test
    void aSheetWithoutQuestionsOrWithAnOpenQuoteIsRefused() {
        assertEquals(List.of(RubricProblem.of("", ProblemKeys.SHEET_NO_ROWS)),
                csvProblems((HEADER + "\n,,,\n\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(RubricProblem.of("D2", ProblemKeys.SHEET_UNCLOSED_QUOTE)),
                csvProblems((HEADER + "\nDEC,BEHAVIOURAL,5,\"Сұрақ,Вопрос\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void filesThatAreNotSheetsAreRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("bank.txt"), HEADER);
        assertEquals(List.of(RubricProblem.of("", ProblemKeys.SHEET_UNSUPPORTED_TYPE, "bank.txt")),
                assertThrows(RubricFileException.class, () -> reader.read(text, framework)).problems());
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals(List.of(RubricProblem.of("", ProblemKeys.SHEET_NOT_XLSX)), xlsxProblems(oldExcel));
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertEquals(List.of(RubricProblem.of("", ProblemKeys.SHEET_NOT_XLSX)), xlsxProblems(brokenZip));
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUses() {
        assertEquals(';', CsvSheet.separator("a;b;c,d\n1,2,3,4,5"));
        assertEquals(',', CsvSheet.separator("a,b,\"c;d;e\""));
        assertEquals('\t', CsvSheet.separator("a\tb\tc"));
    }

    @Test
    void columnLettersGoPastZ() {
        assertEquals("A", SheetTable.columnLetters(0));
        assertEquals("Z", SheetTable.columnLetters(25));
        assertEquals("AA", SheetTable.columnLetters(26));
        assertEquals("AZ", SheetTable.columnLetters(51));
        assertEquals("BA", SheetTable.columnLetters(52));
    }
}
