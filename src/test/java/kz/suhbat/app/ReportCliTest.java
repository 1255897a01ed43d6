package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.security.KeyDerivation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suhbat report}: an analyst scripts the reports of the demo's central office to CSV, XLSX and
 * PDF; the sums hold, the files read back, and a secretary or a wrong command line is refused in words.
 */
class ReportCliTest {

    @TempDir
    static Path temp;
    private static Path demo;

    private record Result(int status, String out, String err) {
    }

    @BeforeAll
    static void demoOffice() throws IOException {
        demo = Files.createTempDirectory(temp, "demo");
        try (Entrance entrance = new Entrance(new DataFolder(demo, DataFolder.Kind.EXPLICIT), new KeyDerivation(10_000),
                Clock.systemUTC(), new SecureRandom())) {
            DemoOffice.setUp(entrance);
        }
        Files.writeString(demo.resolve("settings.properties"), "language=en\n");
    }

    @Test
    void decisionsByBodyGoToCsvAndAddUp() throws IOException {
        Path csv = temp.resolve("outcomes.csv");
        Result result = run("outcomes", "--user", "analyst", "--group-by", "body", "--out", csv.toString());
        assertEquals(CliAccess.OK, result.status(), result.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFBody,Decided,"), lines.get(0));
        List<Long> decided = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            decided.add(Long.parseLong(line.split(",")[1]));
        }
        long all = decided.remove(decided.size() - 1);
        assertTrue(lines.get(lines.size() - 1).startsWith("All,"), "the last row sums every group");
        assertEquals(all, decided.stream().mapToLong(Long::longValue).sum(), "the groups add up to the whole");
        assertTrue(all > 0, "the demo's central office holds decided candidates");
    }

    @Test
    void competencyProfilesGoToXlsxAndPdf() throws IOException {
        Path xlsx = temp.resolve("profiles.xlsx");
        assertEquals(CliAccess.OK, run("competencies", "--user", "analyst", "--type", "attestation", "--out",
                xlsx.toString()).status());
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            assertEquals(List.of("Competency profiles"), workbook.getSheets().map(Sheet::getName).toList());
            String scope = workbook.getFirstSheet().read().get(1).getCellText(0);
            assertEquals("Candidates imported from the offices' packages. Grouped by: Region. Only: Campaign type: Attestation.", scope);
        }
        Path pdf = temp.resolve("profiles.pdf");
        assertEquals(CliAccess.OK, run("competencies", "--user", "analyst", "--group-by", "post-group", "--out",
                pdf.toString()).status());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Competency profiles") && text.contains("Grouped by: Post group"), text);
        }
    }

    @Test
    void aCsvForKazakhAndRussianExcelIsSeparatedBySemicolonsWhenAskedFor() throws IOException {
        Path csv = temp.resolve("outcomes-semicolons.csv");
        Result result = run("outcomes", "--user", "analyst", "--group-by", "body", "--separator", "semicolon",
                "--out", csv.toString());
        assertEquals(CliAccess.OK, result.status(), result.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFBody;Decided;"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("All;"), lines.toString());
    }

    @Test
    void ratersOfOneRegionGoToCsvTheFlaggedFirst() throws IOException {
        Path csv = temp.resolve("raters.csv");
        Result result = run("raters", "--user", "analyst", "--region", "almaty", "--out", csv.toString());
        assertEquals(CliAccess.OK, result.status(), result.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFFOffice,Campaign,Member,Flags,Ratings,"), lines.get(0));
        assertTrue(lines.size() > 2, "the region's panels have members");
        assertTrue(lines.get(1).contains("levels above the other members"),
                "the lenient member of the region's panel comes first: " + lines.get(1));
    }

    @Test
    void theSecretaryReportsTheOfficesOwnCampaigns() throws IOException {
        Path csv = temp.resolve("own.csv");
        Result result = run("outcomes", "--source", "own", "--user", "secretary", "--group-by", "type", "--out",
                csv.toString());
        assertEquals(CliAccess.OK, result.status(), result.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Competition for vacancies,7,")),
                "the competition's seven finalised interviews (one today, six a week ago): " + lines);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Training course")), "training never counts");
        assertEquals(CliAccess.USAGE, run("outcomes", "--source", "both", "--user", "secretary", "--out",
                temp.resolve("x.csv").toString()).status());
    }

    @Test
    void aSecretaryAndAWrongLineAreRefusedInWords() {
        Result secretary = run("outcomes", "--user", "secretary", "--out", temp.resolve("no.csv").toString());
        assertEquals(CliAccess.REFUSED, secretary.status());
        assertTrue(secretary.err().contains("Your role does not allow this."), secretary.err());
        assertFalse(Files.exists(temp.resolve("no.csv")));

        Result unknown = run("rankings", "--user", "analyst", "--out", "x.csv");
        assertEquals(CliAccess.USAGE, unknown.status());
        assertTrue(unknown.err().startsWith("Unknown report rankings: use outcomes, competencies, deliberation or raters."),
                unknown.err());
        Result badFile = run("outcomes", "--user", "analyst", "--out", "x.docx");
        assertEquals(CliAccess.USAGE, badFile.status());
        assertTrue(badFile.err().startsWith("The report must be an .xlsx, .pdf or .csv file, not x.docx."));
    }

    private static Result run(String... args) {
        List<String> line = new ArrayList<>(Arrays.asList(args));
        line.addAll(List.of("--data-dir", demo.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = ReportCli.run(line, o, e, prompt -> Optional.of(DemoOffice.PASSWORD.toCharArray()));
        }
        Result result = new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse((result.out() + result.err()).contains("!reports."), "a message key is missing: " + result);
        return result;
    }
}
