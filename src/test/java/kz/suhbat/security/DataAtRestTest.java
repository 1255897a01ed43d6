package kz.suhbat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.suhbat.app.Entrance;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of the data folder taken from a switched-off laptop: no file in it (database, keyring,
 * backups, logs, settings) reveals a candidate's name or IIN to someone without an account's password.
 */
class DataAtRestTest {

    private static final String NAME = "Жансая Тұрсынбаева";
    private static final String IIN = "920315450123";
    /** A valid IIN, stored as a candidate's. */
    private static final String CANDIDATE_IIN = "920315450126";

    @TempDir
    Path temp;

    @Test
    void noFileOfTheDataFolderRevealsANameOrAnIin() throws Exception {
        Path folder = temp.resolve("office");
        try (TestOffice office = TestOffice.create(folder)) {
            RubricService rubric = office.services().rubric();
            long id = rubric.copy(rubric.list().get(0).id(), "AST-2027");
            Framework copy = rubric.load(id).orElseThrow();
            LocalizedText sensitive = LocalizedText.of("Үміткер " + NAME + ", ЖСН " + IIN,
                    "Кандидат " + NAME + ", ИИН " + IIN, "Candidate " + NAME + ", IIN " + IIN);
            rubric.save(id, new Framework(copy.code(), copy.version(), copy.status(), copy.name(), sensitive,
                    copy.scale(), copy.competencies(), copy.profiles()));
            office.addAccount("zhansaya", NAME, Role.MEMBER);
            Account secretary = office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
            office.actAs(secretary);
            kz.suhbat.campaign.Campaign campaign = office.services().campaigns().create(
                    kz.suhbat.testsupport.TestCampaigns.competition(office, "Конкурс"));
            office.services().campaigns().addCandidate(new kz.suhbat.campaign.Candidate(0, campaign.id(),
                    "Тұрсынбаева", "Жансая", "Ерланқызы", CANDIDATE_IIN, campaign.posts().get(0)));
            office.actAsAdmin();
            office.services().backups().backupNow();
        }

        List<Path> files = files(folder);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("suhbat.mv.db")));
        assertTrue(files.stream().anyMatch(f -> f.toString().contains("backups")), "a backup was written");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16BE)) {
                assertTrue(!contains(bytes, NAME.getBytes(charset)) && !contains(bytes, IIN.getBytes(charset))
                        && !contains(bytes, CANDIDATE_IIN.getBytes(charset))
                        && !contains(bytes, "Тұрсынбаева".getBytes(charset)),
                        file + " reveals the candidate in " + charset);
            }
        }

        try (Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT), KeyDerivation.OWASP,
                Clock.systemUTC(), new SecureRandom())) {
            Entrance.Outcome outcome = entrance.signIn(TestOffice.ADMIN, TestOffice.PASSWORD.toCharArray());
            RubricService rubric = ((Entrance.Outcome.SignedIn) outcome).services().rubric();
            long id = rubric.list().stream().filter(f -> f.code().equals("AST-2027")).findFirst().orElseThrow().id();
            assertTrue(rubric.load(id).orElseThrow().description().ru().contains(NAME),
                    "with the password the data is all there");
        }
    }

    @Test
    void withoutItsKeyringTheDataStaysClosedAndIsNotTakenForANewOffice() throws Exception {
        Path folder = temp.resolve("office");
        TestOffice.create(folder).close();
        Files.delete(Keyring.fileIn(folder));
        try (Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT), KeyDerivation.OWASP,
                Clock.systemUTC(), new SecureRandom())) {
            KeyringException refused = org.junit.jupiter.api.Assertions.assertThrows(KeyringException.class,
                    entrance::isSetUp);
            assertEquals(KeyringException.Reason.MISSING, refused.reason());
        }
    }

    @Test
    void theSearchWouldFindTheNameInAnUnencryptedDatabase() throws Exception {
        Path plain = temp.resolve("plain");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + plain.resolve("x").toAbsolutePath(),
                "sa", "")) {
            connection.createStatement().execute("CREATE TABLE t (name VARCHAR(100))");
            connection.createStatement().execute("INSERT INTO t VALUES ('" + NAME + " " + IIN + "')");
        }
        byte[] bytes = Files.readAllBytes(plain.resolve("x.mv.db"));
        assertTrue(contains(bytes, NAME.getBytes(StandardCharsets.UTF_8)) || contains(bytes,
                IIN.getBytes(StandardCharsets.UTF_8)), "without encryption the file shows the candidate");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void theByteSearchFindsWhatIsThere() {
        assertTrue(contains("abc Жансая def".getBytes(StandardCharsets.UTF_8), "Жансая".getBytes(StandardCharsets.UTF_8)));
        assertEquals(false, contains("abc".getBytes(StandardCharsets.UTF_8), "abd".getBytes(StandardCharsets.UTF_8)));
    }
}
