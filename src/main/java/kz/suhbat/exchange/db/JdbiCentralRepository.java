package kz.suhbat.exchange.db;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.suhbat.exchange.CentralRepository;
import kz.suhbat.exchange.ImportedCampaign;
import kz.suhbat.exchange.ImportedPackage;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.exchange.RegisteredKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The central office's keys, packages and imported data in H2. A package's rows go in through JDBC
 * batches on the transaction's own connection: a national import is millions of rows.
 */
public final class JdbiCentralRepository implements CentralRepository {

    private static final int BATCH = 5_000;

    private static final RowMapper<RegisteredKey> KEY = (rs, ctx) -> new RegisteredKey(rs.getString("fingerprint"),
            rs.getString("office_code"), rs.getString("office_name"), rs.getString("region"),
            rs.getBytes("public_key"), rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    private static final RowMapper<ImportedPackage> PACKAGE = (rs, ctx) -> new ImportedPackage(
            rs.getObject("package_id", UUID.class).toString(), rs.getString("office_code"), rs.getLong("sequence"),
            rs.getString("key_fingerprint"), rs.getInt("format_version"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("audit_head"),
            rs.getString("manifest_sha256"), rs.getString("file_name"), rs.getString("campaign_title"),
            rs.getInt("candidates"), rs.getInt("scores"), rs.getObject("imported_at", OffsetDateTime.class).toInstant());

    private final Jdbi jdbi;

    public JdbiCentralRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public List<RegisteredKey> keys() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM registered_key ORDER BY office_code, registered_at")
                .map(KEY).list());
    }

    @Override
    public Optional<RegisteredKey> key(String fingerprint) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM registered_key WHERE fingerprint = :fingerprint")
                .bind("fingerprint", fingerprint).map(KEY).findOne());
    }

    @Override
    public void register(RegisteredKey key, long registeredBy) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO registered_key (fingerprint, office_code, office_name, region, "
                        + "public_key, registered_by, registered_at) VALUES (:fingerprint, :office, :name, :region, "
                        + ":key, :by, :at)")
                .bind("fingerprint", key.fingerprint()).bind("office", key.officeCode()).bind("name", key.officeName())
                .bind("region", key.region()).bind("key", key.publicKey()).bind("by", registeredBy)
                .bind("at", time(key.registeredAt())).execute());
    }

    @Override
    public void revoke(String fingerprint, Instant at, long revokedBy) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE registered_key SET revoked_at = :at, revoked_by = :by "
                        + "WHERE fingerprint = :fingerprint AND revoked_at IS NULL")
                .bind("fingerprint", fingerprint).bind("at", time(at)).bind("by", revokedBy).execute());
    }

    @Override
    public Optional<ImportedPackage> importedPackage(String officeCode, String packageId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM imported_package WHERE office_code = :office "
                        + "AND package_id = :id")
                .bind("office", officeCode).bind("id", UUID.fromString(packageId)).map(PACKAGE).findOne());
    }

    @Override
    public OptionalLong newestSequence(String officeCode) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MAX(sequence) FROM imported_package "
                        + "WHERE office_code = :office")
                .bind("office", officeCode).mapTo(Long.class).findOne()
                .map(OptionalLong::of).orElse(OptionalLong.empty()));
    }

    @Override
    public void insertPackage(ImportedPackage p, long importedBy) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO imported_package (package_id, office_code, "
                        + "sequence, key_fingerprint, format_version, created_at, audit_head, manifest_sha256, file_name, "
                        + "campaign_title, candidates, scores, imported_by, imported_at) VALUES (:id, :office, "
                        + ":sequence, :key, :format, :created, :head, :sha, :file, :title, :candidates, :scores, :by, "
                        + ":at)")
                .bind("id", UUID.fromString(p.packageId())).bind("office", p.officeCode())
                .bind("sequence", p.sequence()).bind("key", p.keyFingerprint()).bind("format", p.formatVersion())
                .bind("created", time(p.createdAt())).bind("head", p.auditHead()).bind("sha", p.manifestSha256())
                .bind("file", p.fileName()).bind("title", p.campaignTitle()).bind("candidates", p.candidates())
                .bind("scores", p.scores()).bind("by", importedBy).bind("at", time(p.importedAt())).execute());
    }

    @Override
    public void replaceCampaign(ImportedPackage imported, RegisteredKey office, PackageData data) {
        jdbi.useHandle(h -> {
            PackageData.CampaignPart campaign = data.campaign();
            h.createUpdate("DELETE FROM imported_campaign WHERE office_code = :office AND source_id = :source")
                    .bind("office", imported.officeCode()).bind("source", campaign.id()).execute();
            long ref = h.createUpdate("INSERT INTO imported_campaign (office_code, source_id, package_id, office_name, "
                            + "region, title, type, posts, opens, closes, profile_code, threshold, body) VALUES (:office, "
                            + ":source, :package, :officeName, :region, :title, :type, :posts, :opens, :closes, "
                            + ":profile, :threshold, :body)")
                    .bind("office", imported.officeCode()).bind("source", campaign.id())
                    .bind("package", UUID.fromString(imported.packageId())).bind("officeName", office.officeName())
                    .bind("region", office.region()).bind("title", campaign.title()).bind("type", campaign.type())
                    .bind("posts", String.join("\n", campaign.posts()))
                    .bind("opens", LocalDate.parse(campaign.opens())).bind("closes", LocalDate.parse(campaign.closes()))
                    .bind("profile", campaign.profileCode()).bind("threshold", campaign.threshold())
                    .bind("body", campaign.body()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            try {
                insertRows(h.getConnection(), ref, data);
            } catch (SQLException e) {
                throw new IllegalStateException("The package's rows could not be stored", e);
            }
        });
    }

    /** The highest level minus the lowest the members gave {@code candidate} on {@code competency}. */
    static Integer spread(PackageData.CandidatePart candidate, String competency) {
        IntSummaryStatistics levels = candidate.scores().stream().filter(s -> s.competency().equals(competency))
                .mapToInt(PackageData.ScorePart::level).summaryStatistics();
        return levels.getCount() == 0 ? null : levels.getMax() - levels.getMin();
    }

    private static void setNullable(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void insertRows(Connection connection, long ref, PackageData data) throws SQLException {
        try (PreparedStatement competency = connection.prepareStatement("INSERT INTO imported_competency "
                + "(campaign_ref, position, code, name_kk, name_ru, name_en, weight) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (PackageData.CompetencyPart c : data.competencies()) {
                competency.setLong(1, ref);
                competency.setInt(2, position++);
                competency.setString(3, c.code());
                competency.setString(4, c.nameKk());
                competency.setString(5, c.nameRu());
                competency.setString(6, c.nameEn());
                competency.setBigDecimal(7, c.weight());
                competency.addBatch();
            }
            competency.executeBatch();
        }
        try (PreparedStatement member = connection.prepareStatement("INSERT INTO imported_member (campaign_ref, "
                + "source_id, full_name, role, affiliation, organisation, deputy) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (PackageData.MemberPart m : data.members()) {
                member.setLong(1, ref);
                member.setLong(2, m.id());
                member.setString(3, m.fullName());
                member.setString(4, m.role());
                member.setString(5, m.affiliation());
                member.setString(6, m.organisation());
                member.setBoolean(7, m.deputy());
                member.addBatch();
            }
            member.executeBatch();
        }
        try (PreparedStatement candidate = connection.prepareStatement("INSERT INTO imported_candidate (campaign_ref, "
                + "source_id, last_name, first_name, middle_name, iin, post, sitting_date, status, total, reached, "
                + "decision, profile_code, threshold, absent, post_group, corps) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement score = connection.prepareStatement("INSERT INTO imported_score (campaign_ref, "
                     + "candidate_id, member_id, competency_code, level, transcribed, confirmed) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement result = connection.prepareStatement("INSERT INTO imported_result (campaign_ref, "
                     + "candidate_id, competency_code, mean, agreed_level, reason, result, spread) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement vote = connection.prepareStatement("INSERT INTO imported_vote (campaign_ref, "
                     + "candidate_id, member_id, outcome, opinion, transcribed) VALUES (?, ?, ?, ?, ?, ?)")) {
            Batches batches = new Batches(candidate, score, result, vote);
            ImportTallies tallies = new ImportTallies(data.campaign());
            Map<String, PackageData.ProfilePart> profiles = data.profiles().stream()
                    .collect(Collectors.toMap(PackageData.ProfilePart::code, p -> p, (a, b) -> a));
            for (PackageData.CandidatePart c : data.candidates()) {
                candidate.setLong(1, ref);
                candidate.setLong(2, c.id());
                candidate.setString(3, c.lastName());
                candidate.setString(4, c.firstName());
                candidate.setString(5, c.middleName());
                candidate.setString(6, c.iin());
                candidate.setString(7, c.post());
                candidate.setDate(8, c.sittingDate() == null ? null : Date.valueOf(LocalDate.parse(c.sittingDate())));
                candidate.setString(9, c.status());
                candidate.setBigDecimal(10, c.total());
                if (c.reached() == null) {
                    candidate.setNull(11, Types.BOOLEAN);
                } else {
                    candidate.setBoolean(11, c.reached());
                }
                candidate.setString(12, c.decision());
                String profileCode = c.profileCode() == null ? data.campaign().profileCode() : c.profileCode();
                candidate.setString(13, profileCode);
                candidate.setBigDecimal(14, c.threshold() == null ? data.campaign().threshold() : c.threshold());
                candidate.setBoolean(15, c.absent());
                PackageData.ProfilePart profile = profiles.get(profileCode);
                tallies.candidate(c, profile);
                candidate.setString(16, profile == null ? null : profile.postGroup());
                candidate.setString(17, profile == null ? null : profile.corps());
                batches.add(candidate);
                for (PackageData.ScorePart s : c.scores()) {
                    score.setLong(1, ref);
                    score.setLong(2, c.id());
                    score.setLong(3, s.member());
                    score.setString(4, s.competency());
                    score.setInt(5, s.level());
                    score.setBoolean(6, s.transcribed());
                    score.setBoolean(7, s.confirmed());
                    batches.add(score);
                }
                for (PackageData.ResultPart r : c.results()) {
                    result.setLong(1, ref);
                    result.setLong(2, c.id());
                    result.setString(3, r.competency());
                    result.setBigDecimal(4, r.mean());
                    setNullable(result, 5, r.agreedLevel());
                    result.setString(6, r.reason() == null ? "" : r.reason());
                    result.setBigDecimal(7, r.result());
                    setNullable(result, 8, spread(c, r.competency()));
                    batches.add(result);
                }
                for (PackageData.VotePart v : c.votes()) {
                    vote.setLong(1, ref);
                    vote.setLong(2, c.id());
                    vote.setLong(3, v.member());
                    vote.setString(4, v.outcome());
                    vote.setString(5, v.opinion() == null ? "" : v.opinion());
                    vote.setBoolean(6, v.transcribed());
                    batches.add(vote);
                }
            }
            batches.flush();
            tallies.write(connection, ref);
        }
    }

    /** Statements whose batches are sent every {@value #BATCH} rows, so none grows without bound. */
    private static final class Batches {
        private final PreparedStatement[] statements;
        private final int[] pending;

        Batches(PreparedStatement... statements) {
            this.statements = statements;
            this.pending = new int[statements.length];
        }

        void add(PreparedStatement statement) throws SQLException {
            statement.addBatch();
            for (int i = 0; i < statements.length; i++) {
                if (statements[i] == statement && ++pending[i] >= BATCH) {
                    statement.executeBatch();
                    pending[i] = 0;
                }
            }
        }

        void flush() throws SQLException {
            for (int i = 0; i < statements.length; i++) {
                if (pending[i] > 0) {
                    statements[i].executeBatch();
                    pending[i] = 0;
                }
            }
        }
    }

    @Override
    public List<ImportedPackage> importedPackages() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM imported_package ORDER BY imported_at DESC, "
                + "office_code, sequence DESC").map(PACKAGE).list());
    }

    @Override
    public List<ImportedCampaign> importedCampaigns() {
        return jdbi.withHandle(JdbiCentralRepository::campaigns);
    }

    private static List<ImportedCampaign> campaigns(Handle h) {
        return h.createQuery("SELECT c.*, p.sequence, "
                        + "(SELECT COUNT(*) FROM imported_candidate d WHERE d.campaign_ref = c.id) AS candidates, "
                        + "(SELECT COUNT(*) FROM imported_candidate d WHERE d.campaign_ref = c.id "
                        + "AND d.decision IS NOT NULL) AS decided, "
                        + "(SELECT COUNT(*) FROM imported_score s WHERE s.campaign_ref = c.id) AS scores "
                        + "FROM imported_campaign c JOIN imported_package p ON p.office_code = c.office_code "
                        + "AND p.package_id = c.package_id "
                        + "ORDER BY c.region, c.office_code, c.opens DESC")
                .map((rs, ctx) -> new ImportedCampaign(rs.getLong("id"), rs.getString("office_code"),
                        rs.getString("office_name"), rs.getString("region"), rs.getString("title"),
                        rs.getString("type"), rs.getObject("opens", LocalDate.class),
                        rs.getObject("closes", LocalDate.class), rs.getLong("sequence"), rs.getInt("candidates"),
                        rs.getInt("decided"), rs.getInt("scores")))
                .list();
    }

    @Override
    public Optional<PackageData> campaignData(long ref) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM imported_campaign WHERE id = :ref").bind("ref", ref)
                .map((rs, ctx) -> new PackageData.CampaignPart(rs.getLong("source_id"), rs.getString("title"),
                        rs.getString("type"), List.of(rs.getString("posts").split("\n")), rs.getString("opens"),
                        rs.getString("closes"), rs.getString("region"), rs.getString("profile_code"),
                        rs.getBigDecimal("threshold"), rs.getString("body")))
                .findOne().map(campaign -> new PackageData(campaign, competencies(h, ref), members(h, ref),
                        candidates(h, ref))));
    }

    private static List<PackageData.CompetencyPart> competencies(Handle h, long ref) {
        return h.createQuery("SELECT * FROM imported_competency WHERE campaign_ref = :ref ORDER BY position")
                .bind("ref", ref)
                .map((rs, ctx) -> new PackageData.CompetencyPart(rs.getString("code"), rs.getString("name_kk"),
                        rs.getString("name_ru"), rs.getString("name_en"), rs.getBigDecimal("weight")))
                .list();
    }

    private static List<PackageData.MemberPart> members(Handle h, long ref) {
        return h.createQuery("SELECT * FROM imported_member WHERE campaign_ref = :ref ORDER BY source_id")
                .bind("ref", ref)
                .map((rs, ctx) -> new PackageData.MemberPart(rs.getLong("source_id"), rs.getString("full_name"),
                        rs.getString("role"), rs.getString("affiliation"), rs.getString("organisation"),
                        rs.getBoolean("deputy")))
                .list();
    }

    private static List<PackageData.CandidatePart> candidates(Handle h, long ref) {
        Map<Long, List<PackageData.ScorePart>> scores = h.createQuery("SELECT * FROM imported_score "
                        + "WHERE campaign_ref = :ref ORDER BY candidate_id, member_id, competency_code")
                .bind("ref", ref).reduceRows(new LinkedHashMap<Long, List<PackageData.ScorePart>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("candidate_id", Long.class), k -> new ArrayList<>())
                            .add(new PackageData.ScorePart(row.getColumn("member_id", Long.class),
                                    row.getColumn("competency_code", String.class),
                                    row.getColumn("level", Integer.class),
                                    row.getColumn("transcribed", Boolean.class),
                                    row.getColumn("confirmed", Boolean.class)));
                    return map;
                });
        Map<Long, List<PackageData.ResultPart>> results = h.createQuery("SELECT * FROM imported_result "
                        + "WHERE campaign_ref = :ref ORDER BY candidate_id, competency_code")
                .bind("ref", ref).reduceRows(new LinkedHashMap<Long, List<PackageData.ResultPart>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("candidate_id", Long.class), k -> new ArrayList<>())
                            .add(new PackageData.ResultPart(row.getColumn("competency_code", String.class),
                                    row.getColumn("mean", BigDecimal.class),
                                    row.getColumn("agreed_level", Integer.class),
                                    row.getColumn("reason", String.class),
                                    row.getColumn("result", BigDecimal.class)));
                    return map;
                });
        Map<Long, List<PackageData.VotePart>> votes = h.createQuery("SELECT * FROM imported_vote "
                        + "WHERE campaign_ref = :ref ORDER BY candidate_id, member_id")
                .bind("ref", ref).reduceRows(new LinkedHashMap<Long, List<PackageData.VotePart>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("candidate_id", Long.class), k -> new ArrayList<>())
                            .add(new PackageData.VotePart(row.getColumn("member_id", Long.class),
                                    row.getColumn("outcome", String.class), row.getColumn("opinion", String.class),
                                    row.getColumn("transcribed", Boolean.class)));
                    return map;
                });
        return h.createQuery("SELECT * FROM imported_candidate WHERE campaign_ref = :ref ORDER BY source_id")
                .bind("ref", ref)
                .map((rs, ctx) -> {
                    long id = rs.getLong("source_id");
                    return new PackageData.CandidatePart(id, rs.getString("last_name"), rs.getString("first_name"),
                            rs.getString("middle_name"), rs.getString("iin"), rs.getString("post"),
                            rs.getString("sitting_date"), rs.getString("status"), rs.getBigDecimal("total"),
                            (Boolean) rs.getObject("reached", Boolean.class), rs.getString("decision"),
                            scores.getOrDefault(id, List.of()), results.getOrDefault(id, List.of()),
                            votes.getOrDefault(id, List.of()), rs.getString("profile_code"),
                            rs.getBigDecimal("threshold"), rs.getBoolean("absent"));
                })
                .list();
    }
}
