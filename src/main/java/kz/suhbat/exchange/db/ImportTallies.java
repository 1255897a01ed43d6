package kz.suhbat.exchange.db;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.suhbat.exchange.PackageData;

/**
 * The reports' sums of one imported campaign (tables {@code imported_tally} and
 * {@code imported_result_tally}, migration V19), counted from the package's data while its rows are
 * written: candidates by post group, corps, year, decision and whether they reached the threshold;
 * results by the same, competency, spread and agreement, with their sum and sum of squares (of each result
 * as its two-decimal column keeps it).
 */
final class ImportTallies {

    private record CandidateKey(String postGroup, String corps, int year, String decision, boolean reached) {
    }

    private record ResultKey(String postGroup, String corps, int year, String competency, Integer spread,
                             boolean agreed) {
    }

    private static final class Sums {
        long count;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
    }

    private final int campaignYear;
    private final Map<CandidateKey, long[]> candidates = new LinkedHashMap<>();
    private final Map<ResultKey, Sums> results = new LinkedHashMap<>();

    ImportTallies(PackageData.CampaignPart campaign) {
        this.campaignYear = LocalDate.parse(campaign.opens()).getYear();
    }

    /** Counts {@code c}, of {@code profile} (null when the package has none for it). */
    void candidate(PackageData.CandidatePart c, PackageData.ProfilePart profile) {
        String group = profile == null ? null : profile.postGroup();
        String corps = profile == null ? null : profile.corps();
        int year = c.sittingDate() == null ? campaignYear : LocalDate.parse(c.sittingDate()).getYear();
        candidates.computeIfAbsent(new CandidateKey(group, corps, year, c.decision(), Boolean.TRUE.equals(c.reached())),
                k -> new long[1])[0]++;
        for (PackageData.ResultPart r : c.results()) {
            Sums sums = results.computeIfAbsent(new ResultKey(group, corps, year, r.competency(),
                    JdbiCentralRepository.spread(c, r.competency()), r.agreedLevel() != null), k -> new Sums());
            BigDecimal result = r.result().setScale(2, RoundingMode.HALF_UP);
            sums.count++;
            sums.sum = sums.sum.add(result);
            sums.squares = sums.squares.add(result.multiply(result));
        }
    }

    void write(Connection connection, long ref) throws SQLException {
        try (PreparedStatement tally = connection.prepareStatement("INSERT INTO imported_tally (campaign_ref, "
                + "post_group, corps, sitting_year, decision, reached, candidates) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<CandidateKey, long[]> e : candidates.entrySet()) {
                CandidateKey k = e.getKey();
                tally.setLong(1, ref);
                tally.setString(2, k.postGroup());
                tally.setString(3, k.corps());
                tally.setInt(4, k.year());
                tally.setString(5, k.decision());
                tally.setBoolean(6, k.reached());
                tally.setLong(7, e.getValue()[0]);
                tally.addBatch();
            }
            tally.executeBatch();
        }
        try (PreparedStatement tally = connection.prepareStatement("INSERT INTO imported_result_tally (campaign_ref, "
                + "post_group, corps, sitting_year, competency_code, spread, agreed, results, sum_result, sum_squares) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<ResultKey, Sums> e : results.entrySet()) {
                ResultKey k = e.getKey();
                tally.setLong(1, ref);
                tally.setString(2, k.postGroup());
                tally.setString(3, k.corps());
                tally.setInt(4, k.year());
                tally.setString(5, k.competency());
                if (k.spread() == null) {
                    tally.setNull(6, Types.INTEGER);
                } else {
                    tally.setInt(6, k.spread());
                }
                tally.setBoolean(7, k.agreed());
                tally.setLong(8, e.getValue().count);
                tally.setBigDecimal(9, e.getValue().sum);
                tally.setBigDecimal(10, e.getValue().squares);
                tally.addBatch();
            }
            tally.executeBatch();
        }
    }
}
