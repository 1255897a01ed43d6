package kz.suhbat.campaign.db;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignRepository;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignSummary;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.common.db.Columns;
import kz.suhbat.security.Region;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Campaigns, their posts (in the order the secretary gave them) and candidates in H2. */
public final class JdbiCampaignRepository implements CampaignRepository {

    private static final RowMapper<Campaign> CAMPAIGN = (rs, ctx) -> new Campaign(rs.getLong("id"),
            Columns.localized(rs, "title"), Columns.enumByName(rs, "type", CampaignType.class), List.of(),
            rs.getObject("opens", java.time.LocalDate.class), rs.getObject("closes", java.time.LocalDate.class),
            rs.getString("office_code"), Columns.enumByName(rs, "region", Region.class), rs.getLong("framework_id"),
            Columns.enumByName(rs, "status", CampaignStatus.class),
            new Quorum(rs.getInt("quorum_numerator"), rs.getInt("quorum_denominator")),
            rs.getInt("divergence_spread"), Columns.enumByName(rs, "body", StateBody.class));
    private static final RowMapper<Post> POST = (rs, ctx) -> new Post(rs.getLong("post_id"),
            Columns.localized(rs, "post_name"), rs.getString("post_profile"));
    private static final RowMapper<Candidate> CANDIDATE = (rs, ctx) -> new Candidate(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getString("last_name"), rs.getString("first_name"),
            rs.getString("middle_name"), rs.getString("iin"), POST.map(rs, ctx));
    private static final String POST_COLUMNS = "p.id AS post_id, p.name_kk AS post_name_kk, "
            + "p.name_ru AS post_name_ru, p.name_en AS post_name_en, p.profile_code AS post_profile";
    private static final String CANDIDATES = "SELECT d.*, " + POST_COLUMNS
            + " FROM candidate d JOIN campaign_post p ON p.id = d.post_id ";

    private final Jdbi jdbi;

    public JdbiCampaignRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<CampaignSummary> list() {
        return jdbi.withHandle(h -> {
            Map<Long, List<Post>> posts = new HashMap<>();
            h.createQuery("SELECT p.campaign_id, " + POST_COLUMNS + " FROM campaign_post p ORDER BY p.position")
                    .reduceResultSet(posts, (map, rs, ctx) -> {
                        map.computeIfAbsent(rs.getLong("campaign_id"), k -> new ArrayList<>()).add(POST.map(rs, ctx));
                        return map;
                    });
            return h.createQuery("SELECT c.*, (SELECT COUNT(*) FROM candidate d "
                            + "WHERE d.campaign_id = c.id) AS candidates FROM campaign c ORDER BY c.opens DESC, c.id DESC")
                    .map((rs, ctx) -> {
                        Campaign campaign = CAMPAIGN.map(rs, ctx);
                        return new CampaignSummary(campaign.withPosts(posts.getOrDefault(campaign.id(), List.of())),
                                rs.getInt("candidates"));
                    }).list();
        });
    }

    @Override
    public Optional<Campaign> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM campaign WHERE id = :id").bind("id", id)
                .map(CAMPAIGN).findOne().map(c -> c.withPosts(posts(h, id))));
    }

    private static List<Post> posts(Handle h, long campaignId) {
        return h.createQuery("SELECT " + POST_COLUMNS + " FROM campaign_post p WHERE p.campaign_id = :id "
                + "ORDER BY p.position").bind("id", campaignId).map(POST).list();
    }

    @Override
    public long insert(Campaign campaign) {
        return jdbi.inTransaction(h -> {
            long id = bind(h.createUpdate("INSERT INTO campaign (title_kk, title_ru, title_en, type, "
                            + "opens, closes, office_code, region, framework_id, status, quorum_numerator, "
                            + "quorum_denominator, divergence_spread, body) VALUES (:title_kk, :title_ru, :title_en, :type, :opens, "
                            + ":closes, :office, :region, :framework, :status, :qn, :qd, :spread, :body)"), campaign)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            savePosts(h, id, campaign.posts());
            return id;
        });
    }

    @Override
    public void update(Campaign campaign) {
        jdbi.useTransaction(h -> {
            bind(h.createUpdate("UPDATE campaign SET title_kk = :title_kk, title_ru = :title_ru, "
                    + "title_en = :title_en, type = :type, "
                    + "opens = :opens, closes = :closes, office_code = :office, region = :region, "
                    + "framework_id = :framework, status = :status, quorum_numerator = :qn, "
                    + "quorum_denominator = :qd, divergence_spread = :spread, body = :body WHERE id = :id"), campaign)
                    .bind("id", campaign.id()).execute();
            savePosts(h, campaign.id(), campaign.posts());
        });
    }

    /** Removes the posts no longer given, then stores the others in their order. */
    private static void savePosts(Handle h, long campaignId, List<Post> posts) {
        Set<Long> kept = new LinkedHashSet<>();
        posts.stream().filter(p -> p.id() != 0).forEach(p -> kept.add(p.id()));
        for (Post stored : posts(h, campaignId)) {
            if (!kept.contains(stored.id())) {
                h.createUpdate("DELETE FROM campaign_post WHERE id = :id").bind("id", stored.id()).execute();
            }
        }
        int position = 0;
        for (Post post : posts) {
            if (post.id() == 0) {
                Columns.bindLocalized(h.createUpdate("INSERT INTO campaign_post (campaign_id, position, name_kk, "
                                + "name_ru, name_en, profile_code) VALUES (:campaign, :position, :name_kk, :name_ru, "
                                + ":name_en, :profile)"), "name", post.name()).bind("campaign", campaignId)
                        .bind("position", position).bind("profile", post.profileCode()).execute();
            } else {
                Columns.bindLocalized(h.createUpdate("UPDATE campaign_post SET position = :position, "
                                + "name_kk = :name_kk, name_ru = :name_ru, name_en = :name_en, profile_code = :profile "
                                + "WHERE id = :id AND campaign_id = :campaign"), "name", post.name())
                        .bind("id", post.id()).bind("campaign", campaignId).bind("position", position)
                        .bind("profile", post.profileCode()).execute();
            }
            position++;
        }
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Campaign c) {
        return Columns.bindLocalized(statement, "title", c.title())
                .bind("type", c.type().name())
                .bind("opens", c.opens())
                .bind("closes", c.closes())
                .bind("office", c.officeCode())
                .bind("region", c.region().name())
                .bind("framework", c.frameworkId())
                .bind("status", c.status().name())
                .bind("qn", c.quorum().numerator())
                .bind("qd", c.quorum().denominator())
                .bind("spread", c.divergenceSpread())
                .bind("body", c.body().name());
    }

    @Override
    public Map<Long, Integer> candidatesByPost(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT post_id, COUNT(*) AS n FROM candidate "
                        + "WHERE campaign_id = :id GROUP BY post_id").bind("id", campaignId)
                .reduceResultSet(new LinkedHashMap<Long, Integer>(), (map, rs, ctx) -> {
                    map.put(rs.getLong("post_id"), rs.getInt("n"));
                    return map;
                }));
    }

    @Override
    public Map<Long, Integer> interviewsByPost(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.post_id, COUNT(*) AS n FROM interview i "
                        + "JOIN candidate d ON d.id = i.candidate_id WHERE i.campaign_id = :id GROUP BY d.post_id")
                .bind("id", campaignId)
                .reduceResultSet(new LinkedHashMap<Long, Integer>(), (map, rs, ctx) -> {
                    map.put(rs.getLong("post_id"), rs.getInt("n"));
                    return map;
                }));
    }

    @Override
    public List<Candidate> candidates(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery(CANDIDATES + "WHERE d.campaign_id = :id "
                        + "ORDER BY d.last_name, d.first_name, d.middle_name, d.id").bind("id", campaignId)
                .map(CANDIDATE).list());
    }

    @Override
    public Optional<Candidate> candidate(long id) {
        return jdbi.withHandle(h -> h.createQuery(CANDIDATES + "WHERE d.id = :id").bind("id", id)
                .map(CANDIDATE).findOne());
    }

    @Override
    public Set<String> iins(long campaignId) {
        return jdbi.withHandle(h -> new LinkedHashSet<>(h.createQuery("SELECT iin FROM candidate "
                + "WHERE campaign_id = :id").bind("id", campaignId).mapTo(String.class).list()));
    }

    @Override
    public long insertCandidate(Candidate c) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO candidate (campaign_id, last_name, first_name, "
                        + "middle_name, iin, post_id) VALUES (:campaign, :last, :first, :middle, :iin, :post)")
                .bind("campaign", c.campaignId()).bind("last", c.lastName()).bind("first", c.firstName())
                .bind("middle", c.middleName()).bind("iin", c.iin()).bind("post", c.post().id())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void updateCandidate(Candidate c) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE candidate SET last_name = :last, first_name = :first, "
                        + "middle_name = :middle, iin = :iin, post_id = :post WHERE id = :id")
                .bind("id", c.id()).bind("last", c.lastName()).bind("first", c.firstName())
                .bind("middle", c.middleName()).bind("iin", c.iin()).bind("post", c.post().id()).execute());
    }

    @Override
    public void deleteCandidate(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM candidate WHERE id = :id").bind("id", id).execute());
    }
}
