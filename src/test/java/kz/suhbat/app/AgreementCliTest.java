package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suhbat agreement FILE.csv} run in-process on the Shrout and Fleiss sheet and on broken sheets. */
class AgreementCliTest {

    private static final String SHROUT_FLEISS = "9,2,5,8\n6,1,3,2\n8,4,6,8\n7,1,2,6\n10,5,6,9\n6,2,4,7\n";

    @TempDir
    Path temp;

    private record Result(int status, String out, String err) {
    }

    private static Result run(Locale system, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AgreementCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), system);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private Path sheet(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The published coefficients, mean squares and F values of Shrout and Fleiss (1979) appear in the text. */
    @Test
    void theTextShowsThePublishedValues() throws IOException {
        Result result = run(sheet("sf.csv", SHROUT_FLEISS).toString());
        assertEquals(0, result.status(), result.err());
        String text = result.out();
        for (String line : List.of("ICC(1,1)  0.17   1.79    5   18", "ICC(2,1)  0.29  11.03    5   15",
                "ICC(3,1)  0.71", "ICC(1,4)  0.44", "ICC(2,4)  0.62", "ICC(3,4)  0.91")) {
            assertTrue(text.contains(line), line + " in\n" + text);
        }
        assertTrue(text.contains("between candidates 11.24, within candidates 6.26, between raters 32.49, residual 1.02"),
                text);
        assertTrue(text.contains("0.02 to 0.76"), "the ICC(2,1) interval of psych::ICC");
        assertTrue(text.contains("Kendall's coefficient of concordance"), text);
        assertTrue(text.contains("Krippendorff's alpha: ordinal"), text);
        assertTrue(text.contains("r_wg per candidate"), text);
        assertEquals("", result.err());
    }

    @Test
    void theCsvHasOneRowPerStatisticWithThePublishedValues() throws IOException {
        Result result = run(sheet("sf.csv", SHROUT_FLEISS).toString(), "--format", "csv");
        assertEquals(0, result.status(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("statistic,subject,value,lower,upper,test,df1,df2,p,n,note", lines.get(0));
        Map<String, String[]> icc = lines.stream().filter(l -> l.startsWith("icc,"))
                .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                .collect(Collectors.toMap(cells -> cells[1].replace("\"", ""), cells -> cells));
        Map<String, Double> published = Map.of("ICC(1,1)", 0.17, "ICC(2,1)", 0.29, "ICC(3,1)", 0.71,
                "ICC(1,4)", 0.44, "ICC(2,4)", 0.62, "ICC(3,4)", 0.91);
        published.forEach((form, value) -> assertEquals(value,
                Math.round(Double.parseDouble(icc.get(form)[2]) * 100) / 100.0, 1e-9, form));
        assertEquals(11.03, Math.round(Double.parseDouble(icc.get("ICC(2,1)")[5]) * 100) / 100.0, 1e-9);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("mean_square,between_candidates,11.24")), lines.toString());
        for (String statistic : List.of("kendall_w,", "krippendorff_alpha,ordinal,", "krippendorff_alpha,interval,",
                "rwg,1,", "leniency,1,", "spread_variance_ratio,4,", "exact_agreement,2,", "adjacent_agreement,3,")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(statistic)), statistic + " in " + lines);
        }
    }

    @Test
    void theCsvIsSemicolonSeparatedWithDecimalCommasInRussianOrWhenAskedFor() throws IOException {
        String file = sheet("sf.csv", SHROUT_FLEISS).toString();
        Result russian = run(new Locale("ru"), file, "--format", "csv");
        assertEquals(0, russian.status(), russian.err());
        assertTrue(russian.out().startsWith("statistic;subject;value;lower;upper;"), russian.out());
        assertTrue(russian.out().contains("mean_square;between_candidates;\"11,24"), russian.out());
        Result asked = run(file, "--format", "csv", "--separator", "semicolon");
        assertEquals(russian.out(), asked.out(), "--separator semicolon in English gives the same file");
        Result commas = run(new Locale("kk"), file, "--format", "csv", "--separator", "comma");
        assertTrue(commas.out().contains("mean_square,between_candidates,11.24"), commas.out());
        Result wrong = run(file, "--format", "csv", "--separator", "tab");
        assertEquals(CliAccess.USAGE, wrong.status());
        assertTrue(wrong.err().contains("Unknown separator tab: use semicolon or comma."), wrong.err());
    }

    @Test
    void headersLabelsSemicolonsAndMissingCellsAreRead() throws IOException {
        Path file = sheet("panel.csv", "Candidate;Aigerim;Bolat;Dana\nA-1;3;4;\nA-2;2,5;3;3\nA-3;5;5;4\nA-4;1;2;1\n");
        Result result = run(file.toString(), "--scale", "1-5");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("3 raters on 4 candidates: 11 ratings, 1 missing; scale 1–5"), result.out());
        assertTrue(result.out().contains("3 candidates rated by every rater; 1 dropped"), result.out());
        assertTrue(result.out().contains("Aigerim"), result.out());
        assertTrue(result.out().contains("A-3"), result.out());
    }

    @Test
    void theLanguageIsTheOneAskedForElseTheSystemsKazakhOrRussianElseEnglish() throws IOException {
        String file = sheet("sf.csv", SHROUT_FLEISS).toString();
        assertTrue(run(Locale.ENGLISH, file, "--lang", "ru").out().contains("Внутриклассовая корреляция"));
        assertTrue(run(Locale.ENGLISH, file, "--lang=kk").out().contains("Класішілік корреляция"));
        assertTrue(run(Locale.forLanguageTag("kk"), file).out().contains("Кендаллдың конкордация коэффициенті"));
        assertTrue(run(Locale.forLanguageTag("ru"), file).out().contains("Коэффициент конкордации Кендалла"));
        assertTrue(run(Locale.forLanguageTag("ru"), file).out().contains("Альфа Криппендорфа"));
        assertTrue(run(Locale.GERMAN, file).out().contains("Intraclass correlation"));
        assertTrue(run(Locale.forLanguageTag("kk"), file).out().contains("Криппендорф альфасы"));
    }

    @Test
    void aCellThatIsNotANumberIsNamedWithItsLine() throws IOException {
        Path file = sheet("bad.csv", "Rater 1,Rater 2,Rater 3\n3,4,5\n2,x,3\n4,4,4\n");
        Result en = run(file.toString());
        assertEquals(CliAccess.REFUSED, en.status());
        assertTrue(en.err().contains("Line 3, column 2: \"x\" is not a number."), en.err());
        Result ru = run(file.toString(), "--lang", "ru");
        assertTrue(ru.err().contains("Строка 3, столбец 2: «x» — не число."), ru.err());
        Result kk = run(file.toString(), "--lang", "kk");
        assertTrue(kk.err().contains("3-жол, 2-баған: «x» сан емес."), kk.err());
        assertEquals("", en.out());
        assertFalse(en.err().contains("Exception"), en.err());
    }

    @Test
    void aRaggedRowIsNamedWithItsLine() throws IOException {
        Result result = run(sheet("ragged.csv", "3,4,5\n2,3\n4,4,4\n").toString());
        assertEquals(CliAccess.REFUSED, result.status());
        assertTrue(result.err().contains("Line 2 has 2 cells, but the first row has 3."), result.err());
    }

    @Test
    void fewerThanTwoRatersOrCandidatesAreRefused() throws IOException {
        Result oneRater = run(sheet("one-rater.csv", "3\n4\n5\n").toString(), "--lang", "ru");
        assertEquals(CliAccess.REFUSED, oneRater.status());
        assertTrue(oneRater.err().contains("нужны хотя бы два оценщика"), oneRater.err());
        Result oneCandidate = run(sheet("one-candidate.csv", "A,B,C\n3,4,5\n").toString(), "--lang", "kk");
        assertEquals(CliAccess.REFUSED, oneCandidate.status());
        assertTrue(oneCandidate.err().contains("кемінде екі үміткер қажет"), oneCandidate.err());
    }

    @Test
    void aMissingFileIsNamed() {
        Result result = run(temp.resolve("none.csv").toString());
        assertEquals(CliAccess.REFUSED, result.status());
        assertTrue(result.err().contains("There is no file"), result.err());
        assertTrue(result.err().contains("none.csv"), result.err());
    }

    @Test
    void aLevelOutsideTheGivenScaleIsNamedWithItsLine() throws IOException {
        Result result = run(sheet("scale.csv", SHROUT_FLEISS).toString(), "--scale", "1-5", "--lang", "en");
        assertEquals(CliAccess.REFUSED, result.status());
        assertTrue(result.err().contains("Line 1: the level 9 lies outside the scale 1–5."), result.err());
    }

    @Test
    void aWrongCommandLineIsExplainedWithTheUsage() throws IOException {
        String file = sheet("sf.csv", SHROUT_FLEISS).toString();
        Result format = run(file, "--format", "xlsx");
        assertEquals(CliAccess.USAGE, format.status());
        assertTrue(format.err().contains("Unknown format xlsx"), format.err());
        assertTrue(format.err().contains("suhbat agreement FILE.csv"), format.err());
        Result noFile = run("--lang", "ru");
        assertEquals(CliAccess.USAGE, noFile.status());
        assertTrue(noFile.err().contains("Укажите таблицу оценок"), noFile.err());
        assertEquals(CliAccess.USAGE, run(file, "--scale", "5-1").status());
        Result help = run("--help");
        assertEquals(CliAccess.OK, help.status());
        assertTrue(help.out().contains("FILE.csv|FILE.xlsx [--format text|csv]"), help.out());
    }

    @Test
    void aSheetThatIsNotUnicodeIsRefusedWithItsLine() throws IOException {
        Path file = temp.resolve("cp1251.csv");
        Files.write(file, "A;B;C\n3;4;4\nБ;2;3\n".getBytes(Charset.forName("windows-1251")));
        Result result = run(file.toString());
        assertEquals(CliAccess.REFUSED, result.status());
        assertTrue(result.err().contains("line 3 holds a character in another encoding"), result.err());
    }

    @Test
    void anExcelSheetIsReadToo() throws IOException {
        Path file = temp.resolve("sf.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("ratings");
            String[] lines = SHROUT_FLEISS.split("\n");
            for (int r = 0; r < lines.length; r++) {
                String[] cells = lines[r].split(",");
                for (int c = 0; c < cells.length; c++) {
                    sheet.value(r, c, Integer.parseInt(cells[c]));
                }
            }
            workbook.finish();
        }
        Result result = run(file.toString());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("ICC(3,4)  0.91"), result.out());
    }
}
