package kz.suhbat.campaign.db;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignRepository;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignSummary;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.common.db.Columns;
import kz.suhbat.security.Region;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Campaigns and candidates in H2. A campaign's posts are kept one per line. */
public final class JdbiCampaignRepository implements CampaignRepository {

    private static final RowMapper<Campaign> CAMPAIGN = (rs, ctx) -> new Campaign(rs.getLong("id"),
            rs.getString("title"), Columns.enumByName(rs, "type", CampaignType.class),
            Arrays.stream(rs.getString("posts").split("\n")).filter(p -> !p.isBlank()).toList(),
            rs.getObject("opens", java.time.LocalDate.class), rs.getObject("closes", java.time.LocalDate.class),
            rs.getString("office_code"), Columns.enumByName(rs, "region", Region.class), rs.getLong("framework_id"),
            rs.getString("profile_code"), Columns.enumByName(rs, "status", CampaignStatus.class),
            new Quorum(rs.getInt("quorum_numerator"), rs.getInt("quorum_denominator")),
            rs.getInt("divergence_spread"));
    private static final RowMapper<Candidate> CANDIDATE = (rs, ctx) -> new Candidate(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getString("last_name"), rs.getString("first_name"),
            rs.getString("middle_name"), rs.getString("iin"), rs.getString("post"));

    private final Jdbi jdbi;

    public JdbiCampaignRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<CampaignSummary> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.*, (SELECT COUNT(*) FROM candidate d "
                        + "WHERE d.campaign_id = c.id) AS candidates FROM campaign c ORDER BY c.opens DESC, c.title")
                .map((rs, ctx) -> new CampaignSummary(CAMPAIGN.map(rs, ctx), rs.getInt("candidates"))).list());
    }

    @Override
    public Optional<Campaign> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM campaign WHERE id = :id").bind("id", id)
                .map(CAMPAIGN).findOne());
    }

    @Override
    public long insert(Campaign campaign) {
        return jdbi.withHandle(h -> bind(h.createUpdate("INSERT INTO campaign (title, type, posts, opens, closes, "
                        + "office_code, region, framework_id, profile_code, status, quorum_numerator, "
                        + "quorum_denominator, divergence_spread) VALUES (:title, :type, :posts, :opens, :closes, "
                        + ":office, :region, :framework, :profile, :status, :qn, :qd, :spread)"), campaign)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void update(Campaign campaign) {
        jdbi.useHandle(h -> bind(h.createUpdate("UPDATE campaign SET title = :title, type = :type, posts = :posts, "
                + "opens = :opens, closes = :closes, office_code = :office, region = :region, "
                + "framework_id = :framework, profile_code = :profile, status = :status, quorum_numerator = :qn, "
                + "quorum_denominator = :qd, divergence_spread = :spread WHERE id = :id"), campaign).bind("id", campaign.id()).execute());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Campaign c) {
        return statement.bind("title", c.title().strip())
                .bind("type", c.type().name())
                .bind("posts", String.join("\n", c.posts().stream().map(String::strip).filter(p -> !p.isEmpty())
                        .toList()))
                .bind("opens", c.opens())
                .bind("closes", c.closes())
                .bind("office", c.officeCode())
                .bind("region", c.region().name())
                .bind("framework", c.frameworkId())
                .bind("profile", c.profileCode())
                .bind("status", c.status().name())
                .bind("qn", c.quorum().numerator())
                .bind("qd", c.quorum().denominator())
                .bind("spread", c.divergenceSpread());
    }

    @Override
    public List<Candidate> candidates(long campaignId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM candidate WHERE campaign_id = :id "
                + "ORDER BY last_name, first_name, middle_name, id").bind("id", campaignId).map(CANDIDATE).list());
    }

    @Override
    public Optional<Candidate> candidate(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM candidate WHERE id = :id").bind("id", id)
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
                        + "middle_name, iin, post) VALUES (:campaign, :last, :first, :middle, :iin, :post)")
                .bind("campaign", c.campaignId()).bind("last", c.lastName()).bind("first", c.firstName())
                .bind("middle", c.middleName()).bind("iin", c.iin()).bind("post", c.post())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void updateCandidate(Candidate c) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE candidate SET last_name = :last, first_name = :first, "
                        + "middle_name = :middle, iin = :iin, post = :post WHERE id = :id")
                .bind("id", c.id()).bind("last", c.lastName()).bind("first", c.firstName())
                .bind("middle", c.middleName()).bind("iin", c.iin()).bind("post", c.post()).execute());
    }

    @Override
    public void deleteCandidate(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM candidate WHERE id = :id").bind("id", id).execute());
    }
}
