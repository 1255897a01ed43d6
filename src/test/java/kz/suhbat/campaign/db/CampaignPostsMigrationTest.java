package kz.suhbat.campaign.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.testsupport.EarlierSchema;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of the schema before posts had profiles (one text of posts and one profile per
 * campaign, a post written on each candidate) is migrated: every post becomes a post of its campaign
 * on the campaign's profile, and every candidate is linked to theirs.
 */
class CampaignPostsMigrationTest {

    @TempDir
    Path folder;

    private String url() {
        return new EarlierSchema(folder).url();
    }

    /** The newest migration before the one that gives posts their profiles (V8). */
    private static String schemaBeforePosts() throws IOException {
        try (var files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            return Integer.toString(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).filter(v -> v < 8).max()
                    .orElseThrow());
        }
    }

    @Test
    void everyPostBecomesAPostOfItsCampaignOnItsProfileAndEveryCandidateIsLinkedToTheirs() throws Exception {
        new EarlierSchema(folder).migrateTo(schemaBeforePosts());
        try (Connection connection = DriverManager.getConnection(url(), "suhbat", "");
             Statement statement = connection.createStatement()) {
            try (var tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables "
                    + "WHERE table_name = 'CAMPAIGN_POST'")) {
                tables.next();
                assertEquals(0, tables.getInt(1), "the old schema, with posts as text");
            }
            statement.execute("INSERT INTO framework (id, code, version, status, name_kk, name_ru, name_en, "
                    + "description_kk, description_ru, description_en, created_at, updated_at) VALUES "
                    + "(1, 'KZ', 1, 'ACTIVE', 'к', 'р', 'e', '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            campaign(connection, 1, "Конкурс ЦОН", "Главный специалист\n\nВедущий специалист\n главный  специалист",
                    "MGR-B");
            campaign(connection, 2, "Аттестация", "Руководитель отдела", "EXE-B");
            candidate(connection, 1, 1, "870412300416", "Главный специалист");
            candidate(connection, 2, 1, "920315450126", " ВЕДУЩИЙ  специалист ");
            candidate(connection, 3, 1, "010203500018", "Водитель");
            candidate(connection, 4, 1, "780101400224", "водитель");
            candidate(connection, 5, 1, "991231350011", "");
            candidate(connection, 6, 2, "870412300416", "Руководитель отдела");
        }

        new EarlierSchema(folder).migrateTo(null);

        JdbiCampaignRepository campaigns = new JdbiCampaignRepository(Jdbi.create(url(), "suhbat", ""));
        Campaign competition = campaigns.find(1).orElseThrow();
        assertEquals(List.of("Главный специалист", "Ведущий специалист", "Водитель"),
                competition.posts().stream().map(p -> p.name(Language.RU)).toList(),
                "the campaign's posts in their order, each once, then the post only a candidate named");
        assertEquals(List.of("MGR-B"), competition.profileCodes(), "every post keeps the campaign's profile");
        Map<Long, String> posts = Map.of(1L, "Главный специалист", 2L, "Ведущий специалист", 3L, "Водитель",
                4L, "Водитель", 5L, "Главный специалист");
        for (Candidate candidate : campaigns.candidates(1)) {
            assertEquals(posts.get(candidate.id()), candidate.postName(Language.RU), candidate.fullName());
            assertEquals("MGR-B", candidate.post().profileCode());
        }
        Candidate manager = campaigns.candidate(6).orElseThrow();
        assertEquals(new Post(manager.post().id(), LocalizedText.ru("Руководитель отдела"), "EXE-B"), manager.post());
        assertEquals(List.of(manager.post()), campaigns.find(2).orElseThrow().posts());
    }

    private static void campaign(Connection connection, long id, String title, String posts, String profile)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign (id, title, type, posts, "
                + "opens, closes, office_code, region, framework_id, profile_code, status, quorum_numerator, "
                + "quorum_denominator) VALUES (?, ?, 'COMPETITION', ?, DATE '2027-03-01', DATE '2027-04-01', "
                + "'TST-01', 'ASTANA', 1, ?, 'ACTIVE', 2, 3)")) {
            insert.setLong(1, id);
            insert.setString(2, title);
            insert.setString(3, posts);
            insert.setString(4, profile);
            insert.execute();
        }
    }

    private static void candidate(Connection connection, long id, long campaign, String iin, String post)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO candidate (id, campaign_id, "
                + "last_name, first_name, middle_name, iin, post) VALUES (?, ?, ?, 'Аты', '', ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, campaign);
            insert.setString(3, "Үміткер" + id);
            insert.setString(4, iin);
            insert.setString(5, post);
            insert.execute();
        }
    }
}
