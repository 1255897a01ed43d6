package kz.suhbat.campaign.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.db.JdbiPanelRepository;
import kz.suhbat.testsupport.EarlierSchema;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Campaigns, posts and panels stored when their names had one language: each title, post name and
 * organisation moves into the language it is written in (Kazakh when it has a letter only Kazakh has,
 * otherwise Russian), the other stays empty for the forms to ask for, and every link stays.
 */
class NamesInLanguagesMigrationTest {

    @TempDir
    Path folder;

    private String url() {
        return new EarlierSchema(folder).url();
    }

    @Test
    void eachNameGoesIntoItsOwnLanguageAndNothingElseChanges() throws Exception {
        new EarlierSchema(folder).migrateTo("9");
        try (Connection connection = DriverManager.getConnection(url(), "suhbat", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO framework (id, code, version, status, name_kk, name_ru, name_en, "
                    + "description_kk, description_ru, description_en, created_at, updated_at) VALUES "
                    + "(1, 'KZ', 1, 'ACTIVE', 'к', 'р', 'e', '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO campaign (id, title, type, opens, closes, office_code, region, "
                    + "framework_id, status, quorum_numerator, quorum_denominator) VALUES "
                    + "(1, ' Конкурс ЦОН ', 'COMPETITION', DATE '2027-03-01', DATE '2027-04-01', 'TST-01', "
                    + "'ASTANA', 1, 'ACTIVE', 2, 3), "
                    + "(2, 'Әкімдік қызметшілерін аттестаттау', 'ATTESTATION', DATE '2027-03-01', "
                    + "DATE '2027-04-01', 'TST-01', 'ASTANA', 1, 'ACTIVE', 2, 3)");
            statement.execute("INSERT INTO campaign_post (id, campaign_id, position, name, profile_code) VALUES "
                    + "(1, 1, 0, 'Главный специалист', 'EXE-B'), (2, 1, 1, 'Бөлім басшысы', 'MGR-B'), "
                    + "(3, 2, 0, 'Бас маман', 'EXE-B')");
            statement.execute("INSERT INTO candidate (id, campaign_id, last_name, first_name, middle_name, iin, "
                    + "post_id) VALUES (1, 1, 'Әбілқасымова', 'Ғалия', '', '870412300415', 2)");
            statement.execute("INSERT INTO panel_member (id, campaign_id, full_name, role, affiliation, "
                    + "organisation) VALUES (1, 1, 'Сейтқали Ерлан', 'CHAIR', 'STATE_BODY', 'Мемлекеттік қызмет "
                    + "істері агенттігі'), (2, 1, 'Петренко Ирина', 'MEMBER', 'PUBLIC_COUNCIL', "
                    + "'Общественный совет'), (3, 1, 'Оспанов Бауыржан', 'MEMBER', 'STATE_BODY', '')");
        }

        new EarlierSchema(folder).migrateTo(null);

        Jdbi jdbi = Jdbi.create(url(), "suhbat", "");
        JdbiCampaignRepository campaigns = new JdbiCampaignRepository(jdbi);
        Campaign competition = campaigns.find(1).orElseThrow();
        assertEquals(LocalizedText.ru("Конкурс ЦОН"), competition.title(), "a Russian title, trimmed");
        assertEquals(LocalizedText.kk("Әкімдік қызметшілерін аттестаттау"), campaigns.find(2).orElseThrow().title());
        assertEquals(List.of(new Post(1, LocalizedText.ru("Главный специалист"), "EXE-B"),
                new Post(2, LocalizedText.kk("Бөлім басшысы"), "MGR-B")), competition.posts(), "posts in their order");
        Candidate candidate = campaigns.candidate(1).orElseThrow();
        assertEquals(competition.posts().get(1), candidate.post(), "the candidate keeps their post");
        assertEquals(List.of(LocalizedText.kk("Мемлекеттік қызмет істері агенттігі"),
                LocalizedText.ru("Общественный совет"), LocalizedText.of("", "", "")),
                new JdbiPanelRepository(jdbi).members(1).stream().sorted(java.util.Comparator.comparing(PanelMember::id))
                        .map(PanelMember::organisation).toList());
    }
}
