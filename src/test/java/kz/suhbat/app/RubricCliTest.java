package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.rubric.file.QuestionSheetReader;
import kz.suhbat.rubric.file.TestFrameworks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suhbat rubric …} on real data folders with real H2 databases. */
class RubricCliTest {

    @TempDir
    Path temp;

    private Path source;
    private Path target;

    private record Result(int status, String out, String err) {
    }

    @BeforeEach
    void folders() throws IOException {
        source = folder("source", "en");
        target = folder("target", "en");
    }

    /** A data folder whose office is set up, with its administrator and a panel member. */
    private Path folder(String name, String language) throws IOException {
        Path folder = blankFolder(name, language);
        try (TestOffice office = TestOffice.create(folder)) {
            office.addAccount("member", "Бауыржан Оспанов", Role.MEMBER);
        }
        return folder;
    }

    private Path blankFolder(String name, String language) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("settings.properties"), "language=" + language + "\n");
        return folder;
    }

    /** Runs the command as the administrator ({@code --user admin} added after export or import). */
    private static Result run(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        if (!line.isEmpty() && (line.get(0).equals("export") || line.get(0).equals("import"))
                && !line.contains("--user")) {
            line.addAll(1, List.of("--user", TestOffice.ADMIN));
        }
        return runWithPassword(TestOffice.PASSWORD, line.toArray(String[]::new));
    }

    private static Result runWithPassword(String password, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = RubricCli.run(List.of(args), outStream, errStream,
                    prompt -> Optional.of(password.toCharArray()));
        }
        Result result = new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse((result.out() + result.err()).contains("!rubricfile."), "a message key is missing: " + result);
        return result;
    }

    /** The frameworks of a folder's office, read and written as its administrator. */
    private static <T> T asAdministrator(Path folder, java.util.function.Function<RubricService, T> work) {
        try (Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT), KeyDerivation.OWASP,
                java.time.Clock.systemUTC(), new java.security.SecureRandom())) {
            Entrance.Outcome outcome = entrance.signIn(TestOffice.ADMIN, TestOffice.PASSWORD.toCharArray());
            return work.apply(((Entrance.Outcome.SignedIn) outcome).services().rubric());
        }
    }

    private static void store(Path folder, Framework... frameworks) {
        asAdministrator(folder, rubric -> {
            for (Framework framework : frameworks) {
                rubric.importFramework(framework);
            }
            return null;
        });
    }

    /** The frameworks stored, without the built-in one every office starts with. */
    private static List<Framework> stored(Path folder) {
        return asAdministrator(folder, rubric -> {
            List<Framework> frameworks = new ArrayList<>();
            for (FrameworkSummary summary : rubric.list()) {
                if (!summary.code().equals(DemoFramework.read().code()) || summary.version() != 1) {
                    frameworks.add(rubric.load(summary.id()).orElseThrow());
                }
            }
            return frameworks;
        });
    }

    private static Framework withVersion(Framework framework, int version, LocalizedText name) {
        return new Framework(framework.code(), version, framework.status(), name, framework.description(),
                framework.scale(), framework.competencies(), framework.profiles());
    }

    @Test
    void anExportedFrameworkImportsEqualIntoAFreshDataFolder() {
        Framework framework = TestFrameworks.zeroToFour();
        store(source, framework);
        Path file = temp.resolve("training.json");

        Result exported = run("export", "--code", "TRAINING-04", "--out", file.toString(),
                "--data-dir", source.toString());
        assertEquals(RubricCli.OK, exported.status(), exported.toString());
        assertTrue(exported.out().contains("TRAINING-04 version 3"), exported.out());
        assertFalse(Files.exists(temp.resolve("training.json.part")));

        Result imported = run("import", file.toString(), "--data-dir", target.toString());
        assertEquals(RubricCli.OK, imported.status(), imported.toString());
        assertTrue(imported.out().contains("is imported"), imported.out());
        // Storage keeps indicators ordered by level, so compare with the framework as the source holds it.
        Framework original = stored(source).stream().filter(f -> f.code().equals("TRAINING-04")).findFirst()
                .orElseThrow();
        assertEquals(List.of(original), stored(target));
        assertEquals(FrameworkStatus.DRAFT, stored(target).get(0).status());
        assertEquals(framework.profiles(), original.profiles());
    }

    @Test
    void importingTheSameVersionAgainChangesNothing() {
        store(source, TestFrameworks.oneToSeven());
        Path file = temp.resolve("seven.json");
        assertEquals(RubricCli.OK, run("export", "--code=SEVEN", "--out=" + file, "--data-dir=" + source).status());
        assertEquals(RubricCli.OK, run("import", file.toString(), "--data-dir", target.toString()).status());

        Result again = run("import", file.toString(), "--data-dir", target.toString());
        assertEquals(RubricCli.OK, again.status(), again.toString());
        assertTrue(again.out().contains("already in this data folder"), again.out());
        assertEquals(1, stored(target).size());
    }

    @Test
    void aDifferentFrameworkWithTheSameCodeAndVersionIsRefused() {
        Framework seven = TestFrameworks.oneToSeven();
        store(source, seven);
        store(target, withVersion(seven, seven.version(), LocalizedText.of("басқа", "другая", "another")));
        List<Framework> before = stored(target);
        Path file = temp.resolve("seven.json");
        assertEquals(RubricCli.OK, run("export", "--code", "SEVEN", "--out", file.toString(),
                "--data-dir", source.toString()).status());

        Result conflict = run("import", file.toString(), "--data-dir", target.toString());
        assertEquals(RubricCli.REFUSED, conflict.status(), conflict.toString());
        assertTrue(conflict.err().contains("A different framework SEVEN version 12"), conflict.err());
        assertEquals(before, stored(target));
    }

    @Test
    void aFileWithProblemsImportsNothingAndNamesEveryProblem() throws IOException {
        int before = stored(target).size();
        String demo = new String(DemoFramework.class.getResourceAsStream("/kz/suhbat/rubric/demo/framework.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        String broken = demo.replace("\"code\": \"KZ-CS-BASE\"", "\"code\": \"KZ-CS-NEW\"")
                .replaceFirst("\"minutes\": 6", "\"minutes\": 0")
                .replace("\"en\": \"Stress resistance\"", "\"en\": \"\"");
        Path file = Files.writeString(temp.resolve("broken.json"), broken);

        Result refused = run("import", file.toString(), "--data-dir", target.toString());
        assertEquals(RubricCli.REFUSED, refused.status(), refused.toString());
        assertTrue(refused.err().contains("competencies[0].questions[0].minutes: A question needs at least 1"),
                refused.err());
        assertTrue(refused.err().contains("competencies[3].name.en: This text is missing or blank"), refused.err());
        assertTrue(refused.err().contains("Problems found: 2. Nothing was imported"), refused.err());
        assertEquals(before, stored(target).size());
    }

    @Test
    void filesThatAreNotRubricFilesImportNothing() throws IOException {
        Path notUtf8 = Files.write(temp.resolve("cp1251.json"), "{\"format\": \"рамка\"}"
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));
        Path missing = temp.resolve("nowhere.json");
        for (Path file : List.of(notUtf8, missing)) {
            Result refused = run("import", file.toString(), "--data-dir", target.toString());
            assertEquals(RubricCli.REFUSED, refused.status(), refused.toString());
        }
        assertTrue(run("import", notUtf8.toString(), "--data-dir", target.toString()).err().contains("UTF-8"));
        assertEquals(0, stored(target).size());
    }

    @Test
    void exportChoosesTheLatestVersionUnlessOneIsNamed() throws IOException {
        Framework seven = TestFrameworks.oneToSeven();
        Framework later = withVersion(seven, 13, LocalizedText.of("кейінгі", "поздняя", "later"));
        store(source, seven, later);
        Path latest = temp.resolve("latest.json");
        Path named = temp.resolve("named.json");
        assertEquals(RubricCli.OK, run("export", "--code", "SEVEN", "--out", latest.toString(),
                "--data-dir", source.toString()).status());
        assertEquals(RubricCli.OK, run("export", "--code", "SEVEN", "--version", "12", "--out", named.toString(),
                "--data-dir", source.toString()).status());
        assertTrue(Files.readString(latest).contains("\"version\": 13,"));
        assertTrue(Files.readString(named).contains("\"version\": 12,"));

        Result unknown = run("export", "--code", "SEVEN", "--version", "5", "--out", named.toString(),
                "--data-dir", source.toString());
        assertEquals(RubricCli.REFUSED, unknown.status());
        assertTrue(unknown.err().contains("no version 5 of the framework SEVEN"), unknown.err());
        assertEquals(RubricCli.REFUSED, run("export", "--code", "NONE", "--out", named.toString(),
                "--data-dir", source.toString()).status());
    }

    @Test
    void aFrameworkThatWouldBeRefusedOnImportIsNotExported() {
        Framework seven = TestFrameworks.oneToSeven();
        store(source, withVersion(seven, 1, LocalizedText.of("Жоба", "Черновик", "")));
        Path file = temp.resolve("draft.json");
        Result refused = run("export", "--code", "SEVEN", "--out", file.toString(), "--data-dir", source.toString());
        assertEquals(RubricCli.REFUSED, refused.status(), refused.toString());
        assertTrue(refused.err().contains("name.en: This text is missing or blank"), refused.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void nothingRunsWhileSuhbatHasTheDataFolderOpen() throws Exception {
        Files.writeString(target.resolve("settings.properties"), "language=ru\n");
        Path file = temp.resolve("seven.json");
        store(source, TestFrameworks.oneToSeven());
        assertEquals(RubricCli.OK, run("export", "--code", "SEVEN", "--out", file.toString(),
                "--data-dir", source.toString()).status());
        try (SingleInstance running = SingleInstance.acquire(target, () -> { }).orElseThrow()) {
            Result refused = run("import", file.toString(), "--data-dir", target.toString());
            assertEquals(RubricCli.ALREADY_OPEN, refused.status(), refused.toString());
            assertTrue(refused.err().contains("Сұхбат уже открыт на этом компьютере"), refused.err());
            assertTrue(refused.err().contains("Закройте Сұхбат"), refused.err());
        }
        assertEquals(List.of(), stored(target), "nothing was imported while Suhbat had the folder");
        assertEquals(RubricCli.OK, run("import", file.toString(), "--data-dir", target.toString()).status());
    }

    @Test
    void messagesAreInTheLanguageOfTheDataFolder() throws IOException {
        Path kazakh = folder("kazakh", "kk");
        Result result = run("export", "--code", "NONE", "--out", temp.resolve("x.json").toString(),
                "--data-dir", kazakh.toString());
        assertEquals(RubricCli.REFUSED, result.status());
        assertTrue(result.err().contains("Бұл деректер қалтасында NONE коды бар шеңбер жоқ"), result.err());
    }

    @Test
    void templatesAreWrittenAndReadBack() throws Exception {
        Framework demo = DemoFramework.read();
        for (String name : List.of("bank.xlsx", "bank.csv")) {
            Path file = temp.resolve(name);
            Result written = run("template", "--out", file.toString(), "--data-dir", target.toString());
            assertEquals(RubricCli.OK, written.status(), written.toString());
            Map<String, List<Question>> questions = new QuestionSheetReader().read(file, demo);
            assertEquals(1, questions.get("DEC").size(), name);
        }
        Path commas = temp.resolve("bank-commas.csv");
        Result written = run("template", "--out", commas.toString(), "--separator", "comma", "--data-dir",
                target.toString());
        assertEquals(RubricCli.OK, written.status(), written.toString());
        assertTrue(Files.readString(commas).startsWith("\uFEFFcompetency,kind,minutes,"), "commas as asked");
        assertEquals(1, new QuestionSheetReader().read(commas, demo).get("DEC").size());
    }

    @Test
    void usageErrorsExitWith64AndShowTheUsage() throws IOException {
        Path fresh = blankFolder("fresh", "en");
        String dir = fresh.toString();
        List<List<String>> wrong = List.of(
                List.of("--data-dir", dir),
                List.of("publish", "--data-dir", dir),
                List.of("export", "--out", "x.json", "--data-dir", dir),
                List.of("export", "--code", "A", "--data-dir", dir),
                List.of("export", "--code", "A", "--out", "x.json", "--version", "two", "--data-dir", dir),
                List.of("export", "--code", "A", "--out", "x.json", "--version", "0", "--data-dir", dir),
                List.of("export", "--code", "A", "--code", "B", "--out", "x.json", "--data-dir", dir),
                List.of("export", "--code", "A", "--out", "x.json", "stray", "--data-dir", dir),
                List.of("import", "--data-dir", dir),
                List.of("import", "a.json", "b.json", "--data-dir", dir),
                List.of("import", "a.json", "--code", "A", "--data-dir", dir),
                List.of("template", "--out", "bank.txt", "--data-dir", dir),
                List.of("template", "--data-dir", dir),
                List.of("export", "--data-dir", dir, "--code", "A", "--out"));
        for (List<String> args : wrong) {
            Result result = run(args.toArray(String[]::new));
            assertEquals(RubricCli.USAGE, result.status(), args + " " + result);
            assertTrue(result.err().contains("suhbat rubric import --user LOGIN FILE"), args + " " + result.err());
        }
        assertFalse(Files.exists(new DataFolder(fresh, DataFolder.Kind.EXPLICIT).database()),
                "a usage error opens no database");
        Result help = run("--help", "--data-dir", dir);
        assertEquals(RubricCli.OK, help.status());
        assertTrue(help.out().startsWith("Usage:\n  suhbat rubric export --user LOGIN --code CODE"), help.out());
    }

    @Test
    void aWrongPasswordOrAMissingRightIsRefusedAndChangesNothing() {
        Path file = temp.resolve("seven.json");
        store(source, TestFrameworks.oneToSeven());
        assertEquals(RubricCli.OK, run("export", "--code", "SEVEN", "--out", file.toString(),
                "--data-dir", source.toString()).status());

        Result wrong = runWithPassword("not the password", "import", "--user", TestOffice.ADMIN, file.toString(),
                "--data-dir", target.toString());
        assertEquals(RubricCli.REFUSED, wrong.status(), wrong.toString());
        assertTrue(wrong.err().contains("The login or password is wrong."), wrong.err());

        Result member = runWithPassword(TestOffice.PASSWORD, "import", "--user", "member", file.toString(),
                "--data-dir", target.toString());
        assertEquals(RubricCli.REFUSED, member.status(), member.toString());
        assertTrue(member.err().contains("Your role does not allow this."), member.err());
        assertEquals(List.of(), stored(target));

        Result reading = runWithPassword(TestOffice.PASSWORD, "export", "--user", "member", "--code", "SEVEN",
                "--out", temp.resolve("read.json").toString(), "--data-dir", source.toString());
        assertEquals(RubricCli.OK, reading.status(), "a member may read and export frameworks: " + reading);
    }

    @Test
    void aFolderWithoutAnOfficeIsRefusedWithWhatToDo() throws IOException {
        Path fresh = blankFolder("fresh", "en");
        Result refused = run("export", "--code", "SEVEN", "--out", temp.resolve("x.json").toString(),
                "--data-dir", fresh.toString());
        assertEquals(RubricCli.REFUSED, refused.status(), refused.toString());
        assertTrue(refused.err().contains("is not set up yet. Start Suhbat once"), refused.err());
        assertFalse(Files.exists(new DataFolder(fresh, DataFolder.Kind.EXPLICIT).database()));
    }
}
