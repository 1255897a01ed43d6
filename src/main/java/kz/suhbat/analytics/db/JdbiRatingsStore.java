package kz.suhbat.analytics.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.analytics.CampaignRatings;
import kz.suhbat.analytics.Competency;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.analytics.ImportedPanel;
import kz.suhbat.analytics.ReportFilter;
import kz.suhbat.analytics.RatingsStore;
import kz.suhbat.analytics.stats.Rating;
import kz.suhbat.analytics.stats.Scale;
import kz.suhbat.common.i18n.LocalizedText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Ratings for the rater statistics: at the office, the level each member's sheet ended on in the
 * campaign's finalised interviews (the newest entry of each member's competency); at the central office,
 * the imported scores.
 */
public final class JdbiRatingsStore implements RatingsStore {

    private static final String LATEST = "s.id IN (SELECT MAX(t.id) FROM score_entry t JOIN interview j "
            + "ON j.id = t.interview_id WHERE j.campaign_id = :campaign GROUP BY t.interview_id, t.member_id, "
            + "t.competency_code)";

    private record CampaignRow(LocalizedText title, long frameworkId) {
    }

    private final Jdbi jdbi;

    public JdbiRatingsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<CampaignRatings> campaign(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title_kk, title_ru, title_en, framework_id FROM campaign "
                        + "WHERE id = :campaign AND type <> 'TRAINING'")
                .bind("campaign", campaignId)
                .map((rs, ctx) -> new CampaignRow(LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"),
                        rs.getString("title_en")), rs.getLong("framework_id")))
                .findOne()
                .map(row -> new CampaignRatings(row.title(), scale(h, row.frameworkId()), localRatings(h, campaignId),
                        names(h, "SELECT id, full_name FROM panel_member WHERE campaign_id = :campaign", campaignId),
                        competencies(h, "SELECT code, name_kk, name_ru, name_en FROM competency "
                                + "WHERE framework_id = :campaign ORDER BY position", row.frameworkId()))));
    }

    private static List<Rating> localRatings(Handle h, long campaignId) {
        return h.createQuery("SELECT i.candidate_id, s.competency_code, s.member_id, s.level FROM score_entry s "
                        + "JOIN interview i ON i.id = s.interview_id WHERE i.campaign_id = :campaign "
                        + "AND i.status = 'FINALISED' AND s.level IS NOT NULL AND " + LATEST)
                .bind("campaign", campaignId)
                .map((rs, ctx) -> new Rating(Long.toString(rs.getLong("candidate_id")), rs.getString("competency_code"),
                        Long.toString(rs.getLong("member_id")), rs.getInt("level")))
                .list();
    }

    private static Scale scale(Handle h, long frameworkId) {
        return h.createQuery("SELECT MIN(level) AS lo, MAX(level) AS hi FROM scale_level WHERE framework_id = :f")
                .bind("f", frameworkId)
                .map((rs, ctx) -> new Scale(rs.getInt("lo"), rs.getInt("hi")))
                .one();
    }

    @Override
    public Optional<CampaignRatings> imported(long importedCampaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title FROM imported_campaign WHERE id = :campaign "
                        + "AND type <> 'TRAINING'")
                .bind("campaign", importedCampaignId)
                .mapTo(String.class)
                .findOne()
                .map(title -> {
                    List<Rating> ratings = h.createQuery("SELECT candidate_id, competency_code, member_id, level "
                                    + "FROM imported_score WHERE campaign_ref = :campaign")
                            .bind("campaign", importedCampaignId)
                            .map((rs, ctx) -> new Rating(Long.toString(rs.getLong("candidate_id")),
                                    rs.getString("competency_code"), Long.toString(rs.getLong("member_id")),
                                    rs.getInt("level")))
                            .list();
                    int lowest = ratings.stream().mapToInt(r -> (int) r.level()).min().orElse(1);
                    int highest = ratings.stream().mapToInt(r -> (int) r.level()).max().orElse(lowest + 1);
                    return new CampaignRatings(LocalizedText.of(title, title, title), new Scale(lowest, Math.max(highest, lowest + 1)), ratings,
                            names(h, "SELECT source_id AS id, full_name FROM imported_member "
                                    + "WHERE campaign_ref = :campaign", importedCampaignId),
                            competencies(h, "SELECT code, name_kk, name_ru, name_en FROM imported_competency "
                                    + "WHERE campaign_ref = :campaign ORDER BY position", importedCampaignId));
                }));
    }

    @Override
    public List<ImportedPanel> importedPanels(ReportFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id, office_name, title FROM imported_campaign WHERE type <> 'TRAINING'");
        filter.value(Dimension.TYPE).ifPresent(v -> sql.append(" AND type = :type"));
        filter.value(Dimension.REGION).ifPresent(v -> sql.append(" AND region = :region"));
        filter.value(Dimension.OFFICE).ifPresent(v -> sql.append(" AND office_code = :office"));
        sql.append(" ORDER BY office_name, title, id");
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql.toString());
            filter.value(Dimension.TYPE).ifPresent(v -> query.bind("type", v));
            filter.value(Dimension.REGION).ifPresent(v -> query.bind("region", v));
            filter.value(Dimension.OFFICE).ifPresent(v -> query.bind("office", v));
            return query.map((rs, ctx) -> new ImportedPanel(rs.getLong("id"), rs.getString("office_name"),
                    rs.getString("title"))).list();
        });
    }

    @Override
    public boolean presides(long accountId, long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM panel_member WHERE campaign_id = :campaign "
                        + "AND account_id = :account AND (role = 'CHAIR' OR deputy)")
                .bind("campaign", campaignId).bind("account", accountId)
                .mapTo(Integer.class).one() > 0);
    }

    private static Map<String, String> names(Handle h, String sql, long id) {
        Map<String, String> names = new LinkedHashMap<>();
        h.createQuery(sql).bind("campaign", id)
                .map((rs, ctx) -> Map.entry(Long.toString(rs.getLong("id")), rs.getString("full_name")))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    private static List<Competency> competencies(Handle h, String sql, long id) {
        return h.createQuery(sql).bind("campaign", id)
                .map((rs, ctx) -> new Competency(rs.getString("code"), rs.getString("name_kk"), rs.getString("name_ru"),
                        rs.getString("name_en")))
                .list();
    }
}
