package kz.suhbat.exchange.db;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
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


    /**
     * The package's rows, in bulk ({@link BulkRows}: batches on H2, COPY on PostgreSQL), then the reports'
     * tallies of them.
     */
    private static void insertRows(Connection connection, long ref, PackageData data) throws SQLException {
        try (BulkRows competency = BulkRows.into(connection, "imported_competency", "campaign_ref", "position", "code",
                "name_kk", "name_ru", "name_en", "weight")) {
            int position = 0;
            for (PackageData.CompetencyPart c : data.competencies()) {
                competency.add(ref, position++, c.code(), c.nameKk(), c.nameRu(), c.nameEn(), c.weight());
            }
            competency.finish();
        }
        try (BulkRows member = BulkRows.into(connection, "imported_member", "campaign_ref", "source_id", "full_name",
                "role", "affiliation", "organisation", "deputy")) {
            for (PackageData.MemberPart m : data.members()) {
                member.add(ref, m.id(), m.fullName(), m.role(), m.affiliation(), m.organisation(), m.deputy());
            }
            member.finish();
        }
        try (BulkRows candidate = BulkRows.into(connection, "imported_candidate", "campaign_ref", "source_id",
                "last_name", "first_name", "middle_name", "iin", "post", "sitting_date", "status", "total", "reached",
                "decision", "profile_code", "threshold", "absent", "post_group", "corps");
             BulkRows score = BulkRows.into(connection, "imported_score", "campaign_ref", "candidate_id", "member_id",
                     "competency_code", "level", "transcribed", "confirmed");
             BulkRows result = BulkRows.into(connection, "imported_result", "campaign_ref", "candidate_id",
                     "competency_code", "mean", "agreed_level", "reason", "result", "spread");
             BulkRows vote = BulkRows.into(connection, "imported_vote", "campaign_ref", "candidate_id", "member_id",
                     "outcome", "opinion", "transcribed")) {
            ImportTallies tallies = new ImportTallies(data.campaign());
            Map<String, PackageData.ProfilePart> profiles = data.profiles().stream()
                    .collect(Collectors.toMap(PackageData.ProfilePart::code, p -> p, (a, b) -> a));
            for (PackageData.CandidatePart c : data.candidates()) {
                String profileCode = c.profileCode() == null ? data.campaign().profileCode() : c.profileCode();
                PackageData.ProfilePart profile = profiles.get(profileCode);
                tallies.candidate(c, profile);
                candidate.add(ref, c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(), c.post(),
                        c.sittingDate() == null ? null : Date.valueOf(LocalDate.parse(c.sittingDate())), c.status(),
                        c.total(), c.reached(), c.decision(), profileCode,
                        c.threshold() == null ? data.campaign().threshold() : c.threshold(), c.absent(),
                        profile == null ? null : profile.postGroup(), profile == null ? null : profile.corps());
                for (PackageData.ScorePart s : c.scores()) {
                    score.add(ref, c.id(), s.member(), s.competency(), s.level(), s.transcribed(), s.confirmed());
                }
                for (PackageData.ResultPart r : c.results()) {
                    result.add(ref, c.id(), r.competency(), r.mean(), r.agreedLevel(),
                            r.reason() == null ? "" : r.reason(), r.result(), spread(c, r.competency()));
                }
                for (PackageData.VotePart v : c.votes()) {
                    vote.add(ref, c.id(), v.member(), v.outcome(), v.opinion() == null ? "" : v.opinion(),
                            v.transcribed());
                }
            }
            candidate.finish();
            score.finish();
            result.finish();
            vote.finish();
            tallies.write(connection, ref);
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
