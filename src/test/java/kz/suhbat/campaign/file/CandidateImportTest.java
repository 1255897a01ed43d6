package kz.suhbat.campaign.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.suhbat.campaign.IinProblem;
import kz.suhbat.campaign.Post;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.KazakhLetters;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.sheet.SheetTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidate lists from Excel and CSV files: read whole, or refused with every problem at its cell. */
class CandidateImportTest {

    /** Valid IINs, their check digits worked out by hand (see IinTest). */
    private static final String IIN_1 = "900101300126";
    private static final String IIN_2 = "850715400129";
    private static final String IIN_3 = "050301500345";
    private static final String IIN_4 = "851231100072";

    /** Every letter Kazakh adds to the Russian alphabet, both cases. */
    private static final String KAZAKH_LAST = "Әбдіқадыр-ҒҚҢӨҰҮҺІ";
    private static final String KAZAKH_FIRST = "Нұрғалымжан";
    private static final String KAZAKH_MIDDLE = "Өмірзақұлы әғқңөұүһі";
    private static final String KAZAKH_POST = "Бөлім басшысы (һ, ү, і)";

    private static final String HEADER = "Тегі;Аты;Әкесінің аты;ЖСН;Лауазымы";
    private static final Post MAMAN = new Post(1, KazakhLetters.sorted("Маман"), "EXE-B");
    private static final Post BAS_MAMAN = new Post(2, KazakhLetters.sorted("Бас маман"), "EXE-B");
    private static final Post HEAD = new Post(3, KazakhLetters.sorted("Бөлім басшысы"), "MGR-B");
    private static final Map<Integer, CandidateField> ALL = Map.of(0, CandidateField.LAST_NAME,
            1, CandidateField.FIRST_NAME, 2, CandidateField.MIDDLE_NAME, 3, CandidateField.IIN, 4, CandidateField.POST);

    @TempDir
    Path folder;

    private Path csv(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] concat(byte[] mark, byte[] body) {
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    /** A workbook whose first sheet holds {@code rows} from A1; numbers stay numbers, null leaves a cell empty. */
    private Path xlsx(String name, List<List<Object>> rows) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Кандидаттар");
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
        }
        return file;
    }

    /** The rows of a list for a campaign with one post, "Маман". */
    private static List<CandidateRow> read(Path file, Map<Integer, CandidateField> mapping, Set<String> known)
            throws CandidateImportException {
        return read(file, mapping, known, List.of(MAMAN));
    }

    private static List<CandidateRow> read(Path file, Map<Integer, CandidateField> mapping, Set<String> known,
                                           List<Post> posts) throws CandidateImportException {
        return CandidateImport.rows(CandidateFile.read(file), mapping, known, posts);
    }

    private static List<CandidateImportProblem> problems(Path file, Map<Integer, CandidateField> mapping,
                                                         Set<String> known) {
        return assertThrows(CandidateImportException.class, () -> read(file, mapping, known)).problems();
    }

    private static List<CandidateImportProblem> readProblems(Path file) {
        return assertThrows(CandidateImportException.class, () -> CandidateFile.read(file)).problems();
    }

    private static CandidateImportProblem problem(String file, int row, String column, String value, String key,
                                                  Object... args) {
        return new CandidateImportProblem(file, row, column, value, key, List.of(args));
    }

    // --- good lists

    @Test
    void aCsvListIsReadWithItsRowNumbersAndBlankRowsSkipped() throws Exception {
        Path file = csv("list.csv", HEADER + "\n"
                + "  Ахметов ; Ерлан ;Серікұлы; " + IIN_1 + " ;Бас маман\n"
                + ";;;;\n"
                + "\n"
                + "Иванова;Анна;;" + IIN_2 + "; маман \n");
        List<CandidateRow> rows = read(file, ALL, Set.of(), List.of(MAMAN, BAS_MAMAN));
        assertEquals(List.of(new CandidateRow(2, "Ахметов", "Ерлан", "Серікұлы", IIN_1, BAS_MAMAN),
                new CandidateRow(5, "Иванова", "Анна", "", IIN_2, MAMAN)), rows);
    }

    @Test
    void optionalFieldsMayHaveNoColumnAndColumnsMayBeLeftOut() throws Exception {
        Path file = csv("list.csv", "ИИН,Примечание,Имя,Фамилия\n" + IIN_1 + ",звонить утром,Ерлан,Ахметов\n");
        List<CandidateRow> rows = read(file, Map.of(0, CandidateField.IIN, 2, CandidateField.FIRST_NAME,
                3, CandidateField.LAST_NAME), Set.of(IIN_2));
        assertEquals(List.of(new CandidateRow(2, "Ахметов", "Ерлан", "", IIN_1, MAMAN)), rows,
                "a campaign's only post is every candidate's when the list has no post column");
    }

    @Test
    void aWorkbookIsReadAndANumberCellIsAnIin() throws Exception {
        Path file = xlsx("list.xlsx", List.of(
                List.of("Фамилия", "Имя", "Отчество", "ИИН", "Должность"),
                List.of("Ахметов", "Ерлан", "Серікұлы", 900101300126L, "Главный специалист"),
                List.of(),
                List.of("Иванова", "Анна", "", IIN_2, "")));
        CandidateSheet sheet = CandidateFile.read(file);
        assertEquals(ALL, sheet.suggestMapping());
        Post chief = new Post(4, KazakhLetters.sorted("Главный специалист"), "EXE-B");
        assertEquals(List.of(new CandidateRow(2, "Ахметов", "Ерлан", "Серікұлы", IIN_1, chief),
                new CandidateRow(4, "Иванова", "Анна", "", IIN_2, chief)),
                CandidateImport.rows(sheet, ALL, Set.of(), List.of(chief)));
    }

    @Test
    void kazakhLettersComeOutByteForByteFromEveryEncodingAndFromExcel() throws Exception {
        String text = HEADER + "\r\n" + KAZAKH_LAST + ";" + KAZAKH_FIRST + ";" + KAZAKH_MIDDLE + ";" + IIN_3 + ";"
                + KAZAKH_POST + "\r\n";
        byte[] bom8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bomLe = {(byte) 0xFF, (byte) 0xFE};
        byte[] bomBe = {(byte) 0xFE, (byte) 0xFF};
        List<Path> files = List.of(
                write("utf8.csv", text.getBytes(StandardCharsets.UTF_8)),
                write("utf8-bom.csv", concat(bom8, text.getBytes(StandardCharsets.UTF_8))),
                write("utf16le.csv", concat(bomLe, text.getBytes(StandardCharsets.UTF_16LE))),
                write("utf16be.csv", concat(bomBe, text.getBytes(StandardCharsets.UTF_16BE))),
                xlsx("excel.xlsx", List.of(List.of("Тегі", "Аты", "Әкесінің аты", "ЖСН", "Лауазымы"),
                        List.of(KAZAKH_LAST, KAZAKH_FIRST, KAZAKH_MIDDLE, IIN_3, KAZAKH_POST))));
        Post kazakhPost = new Post(5, LocalizedText.kk(KAZAKH_POST), "MGR-B");
        CandidateRow expected = new CandidateRow(2, KAZAKH_LAST, KAZAKH_FIRST, KAZAKH_MIDDLE, IIN_3, kazakhPost);
        for (Path file : files) {
            CandidateSheet sheet = CandidateFile.read(file);
            assertEquals(ALL, sheet.suggestMapping(), file.toString());
            List<CandidateRow> rows = CandidateImport.rows(sheet, sheet.suggestMapping(), Set.of(),
                    List.of(MAMAN, kazakhPost));
            assertEquals(List.of(expected), rows, file.toString());
            CandidateRow row = rows.get(0);
            assertArrayEquals(KAZAKH_LAST.getBytes(StandardCharsets.UTF_8),
                    row.lastName().getBytes(StandardCharsets.UTF_8), file.toString());
            assertArrayEquals(KAZAKH_FIRST.getBytes(StandardCharsets.UTF_8),
                    row.firstName().getBytes(StandardCharsets.UTF_8), file.toString());
            assertArrayEquals(KAZAKH_MIDDLE.getBytes(StandardCharsets.UTF_8),
                    row.middleName().getBytes(StandardCharsets.UTF_8), file.toString());
            assertArrayEquals(KAZAKH_POST.getBytes(StandardCharsets.UTF_8),
                    row.post().name().kk().getBytes(StandardCharsets.UTF_8), file.toString());
        }
    }

    @Test
    void eachRowIsForOneOfTheCampaignsPostsAndARowNamingNoneIsRefusedAtItsCell() throws Exception {
        Path file = csv("list.csv", HEADER + "\n"
                + "Ахметов;Ерлан;;" + IIN_1 + ";БӨЛІМ  басшысы\n"
                + "Иванова;Анна;;" + IIN_2 + ";Водитель\n"
                + "Серікова;Айгүл;;" + IIN_3 + ";\n");
        List<Post> posts = List.of(MAMAN, HEAD);
        assertEquals(List.of(problem("list.csv", 3, "E [Лауазымы]", "Водитель", CandidateImportKeys.UNKNOWN_POST,
                        "Маман; Бөлім басшысы"),
                problem("list.csv", 4, "", "", CandidateImportKeys.POST_NEEDED, "Маман; Бөлім басшысы")),
                assertThrows(CandidateImportException.class, () -> read(file, ALL, Set.of(), posts)).problems());
        assertEquals("list.csv, row 3, column E [Лауазымы], value «Водитель»: The campaign has no such post; "
                        + "its posts are: Маман; Бөлім басшысы.",
                assertThrows(CandidateImportException.class, () -> read(file, ALL, Set.of(), posts)).problems()
                        .get(0).describe(new I18n(Language.EN)));
        Path good = csv("good.csv", HEADER + "\nАхметов;Ерлан;;" + IIN_1 + ";БӨЛІМ  басшысы\n");
        assertEquals(HEAD, read(good, ALL, Set.of(), posts).get(0).post(), "the case and spaces do not matter");
    }

    // --- the mapping step

    @Test
    void theMappingIsGuessedFromKazakhRussianAndEnglishHeaders() throws Exception {
        CandidateSheet english = CandidateFile.read(csv("en.csv",
                "No.,Last name,First name,Middle name,IIN,Post,Phone\n1,A,B,C," + IIN_1 + ",D,E\n"));
        assertEquals(Map.of(1, CandidateField.LAST_NAME, 2, CandidateField.FIRST_NAME, 3, CandidateField.MIDDLE_NAME,
                4, CandidateField.IIN, 5, CandidateField.POST), english.suggestMapping());
        assertEquals(List.of("No.", "Last name", "First name", "Middle name", "IIN", "Post", "Phone"),
                english.header());
        CandidateSheet russian = CandidateFile.read(csv("ru.csv",
                " ФАМИЛИЯ ;Имя:;Отчество (при наличии);ИИН (12 цифр);Должность*;Фамилия\n"));
        assertEquals(Map.of(0, CandidateField.LAST_NAME, 1, CandidateField.FIRST_NAME, 2, CandidateField.MIDDLE_NAME,
                3, CandidateField.IIN, 4, CandidateField.POST), russian.suggestMapping());
        // Kazakh typed with the Latin i instead of the letter і, as keyboards often make people do.
        CandidateSheet kazakh = CandidateFile.read(csv("kk.csv", "Тегi;Аты;Әкесiнiң аты;ЖСН;Лауазым;Ескерту\n"));
        assertEquals(Map.of(0, CandidateField.LAST_NAME, 1, CandidateField.FIRST_NAME, 2, CandidateField.MIDDLE_NAME,
                3, CandidateField.IIN, 4, CandidateField.POST), kazakh.suggestMapping());
        CandidateSheet unknown = CandidateFile.read(csv("other.csv", "ФИО;Телефон\n"));
        assertEquals(Map.of(), unknown.suggestMapping());
    }

    @Test
    void theSheetShowsASampleOfEachColumnAndCountsItsCandidates() throws Exception {
        CandidateSheet sheet = CandidateFile.read(csv("list.csv",
                "Фамилия;Имя\nАхметов; Ерлан \n;\n;Анна\nИванова;Мария\n"));
        assertEquals(3, sheet.rowCount());
        assertEquals(List.of("Ахметов", "Иванова"), sheet.sample(0, 2));
        assertEquals(List.of("Ерлан", "Анна"), sheet.sample(1, 2));
        assertEquals(List.of(), sheet.sample(7, 2));
        assertEquals("B [Имя]", sheet.column(1));
        assertEquals("C", sheet.column(2));
    }

    // --- files that cannot be read

    @Test
    void aWindows1251FileIsRefusedWithHowToSaveItAsUtf8() throws Exception {
        Path file = write("list.csv", ("Фамилия;Имя;ИИН\nИванов;Иван;" + IIN_1 + "\n")
                .getBytes(Charset.forName("windows-1251")));
        assertEquals(List.of(problem("list.csv", 0, "", "", CandidateImportKeys.NOT_UTF8, "1")), readProblems(file));
    }

    @Test
    void otherFilesAreRefused() throws Exception {
        assertEquals(List.of(problem("list.xls", 0, "", "", CandidateImportKeys.UNSUPPORTED_TYPE, "list.xls")),
                readProblems(csv("list.xls", "x")));
        assertEquals(List.of(problem("list.xlsx", 0, "", "", CandidateImportKeys.NOT_XLSX)),
                readProblems(csv("list.xlsx", "Фамилия,Имя\n")));
        assertEquals(CandidateImportKeys.UNREADABLE,
                readProblems(folder.resolve("missing.csv")).get(0).key());
    }

    @Test
    void anUnclosedQuoteIsRefusedAtItsCell() throws Exception {
        assertEquals(List.of(problem("list.csv", 3, "B", "", CandidateImportKeys.UNCLOSED_QUOTE)),
                readProblems(csv("list.csv", "Фамилия,Имя\nА,Б\nВ,\"Г\n")));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertEquals(List.of(problem("empty.csv", 0, "", "", CandidateImportKeys.EMPTY_FILE)),
                readProblems(write("empty.csv", new byte[0])));
        assertEquals(List.of(problem("blank.csv", 0, "", "", CandidateImportKeys.EMPTY_FILE)),
                readProblems(csv("blank.csv", "\n,,\n \n")));
        assertEquals(List.of(problem("tiny.xlsx", 0, "", "", CandidateImportKeys.NOT_XLSX)),
                readProblems(csv("tiny.xlsx", "P")));
        assertEquals(List.of(problem("empty.xlsx", 0, "", "", CandidateImportKeys.EMPTY_FILE)),
                readProblems(xlsx("empty.xlsx", List.of())));
        CandidateSheet nothing = new CandidateSheet("made.csv", new SheetTable(1, List.of(), List.of()));
        assertEquals(List.of(problem("made.csv", 0, "", "", CandidateImportKeys.EMPTY_FILE)),
                assertThrows(CandidateImportException.class, () -> CandidateImport.rows(nothing, ALL, Set.of(),
                        List.of(MAMAN)))
                        .problems());
    }

    // --- problems of the list

    @Test
    void aHeaderWithoutCandidatesIsRefused() throws Exception {
        assertEquals(List.of(problem("list.csv", 0, "", "", CandidateImportKeys.HEADER_ONLY)),
                problems(csv("list.csv", HEADER + "\n;;;;\n\n"), ALL, Set.of()));
    }

    @Test
    void everyRequiredFieldNeedsAColumn() throws Exception {
        Path file = csv("list.csv", HEADER + "\nАхметов;Ерлан;;" + IIN_1 + ";\n");
        assertEquals(List.of(problem("list.csv", 0, "", "", CandidateImportKeys.MISSING_COLUMN, CandidateField.IIN)),
                problems(file, Map.of(0, CandidateField.LAST_NAME, 1, CandidateField.FIRST_NAME), Set.of()));
        assertEquals(List.of(
                        problem("list.csv", 0, "", "", CandidateImportKeys.MISSING_COLUMN, CandidateField.LAST_NAME),
                        problem("list.csv", 0, "", "", CandidateImportKeys.MISSING_COLUMN, CandidateField.FIRST_NAME),
                        problem("list.csv", 0, "", "", CandidateImportKeys.MISSING_COLUMN, CandidateField.IIN)),
                problems(file, Map.of(4, CandidateField.POST), Set.of()));
    }

    @Test
    void aFieldTakesOneColumn() throws Exception {
        Path file = csv("list.csv", "Тегі;Аты;ЖСН;Фамилия\nАхметов;Ерлан;" + IIN_1 + ";Ахметов\n");
        Map<Integer, CandidateField> mapping = new HashMap<>(Map.of(0, CandidateField.LAST_NAME,
                1, CandidateField.FIRST_NAME, 2, CandidateField.IIN, 3, CandidateField.LAST_NAME));
        mapping.put(5, null);
        assertEquals(List.of(problem("list.csv", 1, "D [Фамилия]", "", CandidateImportKeys.DUPLICATE_COLUMN,
                "A [Тегі]", CandidateField.LAST_NAME)), problems(file, mapping, Set.of()));
    }

    @Test
    void aRequiredCellMustBeFilledIn() throws Exception {
        Path file = csv("list.csv", HEADER + "\n"
                + "Ахметов; ;;" + IIN_1 + ";\n"
                + " ;Анна;Петровна;;Маман\n");
        assertEquals(List.of(
                problem("list.csv", 2, "B [Аты]", "", CandidateImportKeys.BLANK_CELL, CandidateField.FIRST_NAME),
                problem("list.csv", 3, "A [Тегі]", "", CandidateImportKeys.BLANK_CELL, CandidateField.LAST_NAME),
                problem("list.csv", 3, "D [ЖСН]", "", CandidateImportKeys.BLANK_CELL, CandidateField.IIN)),
                problems(file, ALL, Set.of()));
    }

    @Test
    void aNameLongerThanTheOfficeAndTheCentralOfficeKeepIsRefused() throws Exception {
        Path file = csv("list.csv", HEADER + "\n" + "Ахметов;" + "Е".repeat(201) + ";;" + IIN_1 + ";\n");
        assertEquals(List.of(problem("list.csv", 2, "B [Аты]", "", CandidateImportKeys.TOO_LONG,
                CandidateField.FIRST_NAME, 200)), problems(file, ALL, Set.of()));
    }

    @Test
    void anInvalidIinIsRefusedWithTheRuleItBreaks() throws Exception {
        Path file = csv("list.csv", HEADER + "\n"
                + "А;Б;;90010130012;\n"
                + "В;Г;;9001O1300126;\n"
                + "Д;Е;;901301300126;\n"
                + "Ж;З;;900101700126;\n"
                + "И;К;;900101300127;\n"
                + "Л;М;;900101300800;\n"
                + "Н;О;; " + IIN_1 + " ;\n");
        assertEquals(List.of(
                problem("list.csv", 2, "D [ЖСН]", "90010130012", IinProblem.LENGTH.key()),
                problem("list.csv", 3, "D [ЖСН]", "9001O1300126", IinProblem.NOT_DIGITS.key()),
                problem("list.csv", 4, "D [ЖСН]", "901301300126", IinProblem.DATE.key()),
                problem("list.csv", 5, "D [ЖСН]", "900101700126", IinProblem.CENTURY.key()),
                problem("list.csv", 6, "D [ЖСН]", "900101300127", IinProblem.CHECK_DIGIT.key()),
                problem("list.csv", 7, "D [ЖСН]", "900101300800", IinProblem.UNISSUABLE.key())),
                problems(file, ALL, Set.of()));
    }

    @Test
    void anIinThatLostItsLeadingZeroInExcelIsTooShort() throws Exception {
        Path file = xlsx("list.xlsx", List.of(List.of("Тегі", "Аты", "ЖСН"),
                List.of("Серікова", "Айгүл", 50301500345L)));
        assertEquals(List.of(problem("list.xlsx", 2, "C [ЖСН]", "50301500345", IinProblem.LENGTH.key())),
                problems(file, Map.of(0, CandidateField.LAST_NAME, 1, CandidateField.FIRST_NAME,
                        2, CandidateField.IIN), Set.of()));
    }

    @Test
    void anIinMayBeInTheListOnlyOnce() throws Exception {
        Path file = csv("list.csv", HEADER + "\n"
                + "Ахметов;Ерлан;;" + IIN_1 + ";\n"
                + "Иванова;Анна;;" + IIN_2 + ";\n"
                + "Ахметов;Е.;;" + IIN_1 + ";\n"
                + "Ахметов;Ерлан;; " + IIN_1 + ";\n");
        assertEquals(List.of(
                problem("list.csv", 4, "D [ЖСН]", IIN_1, CandidateImportKeys.DUPLICATE_IIN, "2"),
                problem("list.csv", 5, "D [ЖСН]", IIN_1, CandidateImportKeys.DUPLICATE_IIN, "2")),
                problems(file, ALL, Set.of()));
    }

    @Test
    void anIinAlreadyInTheCampaignIsRefused() throws Exception {
        Path file = csv("list.csv", HEADER + "\nАхметов;Ерлан;;" + IIN_1 + ";\nИванова;Анна;;" + IIN_2 + ";\n");
        assertEquals(List.of(problem("list.csv", 3, "D [ЖСН]", IIN_2, CandidateImportKeys.IIN_IN_CAMPAIGN)),
                problems(file, ALL, Set.of(IIN_2, IIN_4)));
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsTaken() throws Exception {
        Path file = csv("list.csv", "Тегі;Аты;ЖСН;Фамилия\n"
                + "Ахметов;Ерлан;" + IIN_1 + ";x\n"
                + "Иванова;;" + IIN_2 + ";x\n"
                + "Петров;Пётр;12;x\n"
                + "Сидоров;Иван;" + IIN_1 + ";x\n"
                + "Ким;Ольга;" + IIN_4 + ";x\n");
        Map<Integer, CandidateField> mapping = Map.of(0, CandidateField.LAST_NAME, 1, CandidateField.FIRST_NAME,
                2, CandidateField.IIN, 3, CandidateField.LAST_NAME);
        assertEquals(List.of(
                problem("list.csv", 1, "D [Фамилия]", "", CandidateImportKeys.DUPLICATE_COLUMN, "A [Тегі]",
                        CandidateField.LAST_NAME),
                problem("list.csv", 3, "B [Аты]", "", CandidateImportKeys.BLANK_CELL, CandidateField.FIRST_NAME),
                problem("list.csv", 4, "C [ЖСН]", "12", IinProblem.LENGTH.key()),
                problem("list.csv", 5, "C [ЖСН]", IIN_1, CandidateImportKeys.DUPLICATE_IIN, "2"),
                problem("list.csv", 6, "C [ЖСН]", IIN_4, CandidateImportKeys.IIN_IN_CAMPAIGN)),
                problems(file, mapping, Set.of(IIN_4)));
    }

    // --- messages

    /** Whether the texts of the candidate import are in the bundles of every language. */
    private static boolean keysMerged() {
        for (Language language : Language.values()) {
            if (!I18n.bundleFor(language).containsKey(CandidateImportKeys.PROBLEM_AT)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyKeyIsInEveryLanguage() throws Exception {
        assumeTrue(keysMerged(), "the candidate import texts are not in the bundles yet");
        List<String> keys = new java.util.ArrayList<>();
        for (java.lang.reflect.Field field : CandidateImportKeys.class.getFields()) {
            keys.add((String) field.get(null));
        }
        for (IinProblem problem : IinProblem.values()) {
            keys.add(problem.key());
        }
        for (CandidateField field : CandidateField.values()) {
            keys.add(field.key());
        }
        for (Language language : Language.values()) {
            for (String key : keys) {
                assertTrue(I18n.bundleFor(language).containsKey(key), key + " in " + language.code());
            }
        }
    }

    @Test
    void aProblemIsOneSentenceThatSaysWhere() {
        assumeTrue(keysMerged(), "the candidate import texts are not in the bundles yet");
        I18n english = new I18n(Language.EN);
        assertEquals("list.csv, row 1234, column D [IIN], value «12»: An IIN has exactly 12 digits. If it starts "
                        + "with 0 and Excel dropped that zero, format the column as Text and type the number again.",
                problem("list.csv", 1234, "D [IIN]", "12", IinProblem.LENGTH.key()).describe(english));
        assertEquals("list.csv, row 3, column B [Name]: «First name» must be filled in for every candidate.",
                problem("list.csv", 3, "B [Name]", "", CandidateImportKeys.BLANK_CELL, CandidateField.FIRST_NAME)
                        .describe(english));
        assertEquals("list.csv: No column is chosen for «IIN», which every candidate must have.",
                problem("list.csv", 0, "", "", CandidateImportKeys.MISSING_COLUMN, CandidateField.IIN)
                        .describe(english));
        for (Language language : Language.values()) {
            String text = problem("list.csv", 0, "", "", CandidateImportKeys.NOT_UTF8, "1")
                    .describe(new I18n(language));
            assertTrue(text.contains("CSV UTF-8") && text.contains("list.csv") && !text.contains("{"), text);
            String kazakh = problem("list.csv", 5, "D [ЖСН]", IIN_1, CandidateImportKeys.DUPLICATE_IIN, "2")
                    .describe(new I18n(language));
            assertTrue(kazakh.contains("5") && kazakh.contains("2") && kazakh.contains(IIN_1), kazakh);
        }
    }
}
