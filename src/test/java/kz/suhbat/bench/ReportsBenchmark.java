package kz.suhbat.bench;

import kz.suhbat.common.db.H2Database;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.analytics.Drill;
import kz.suhbat.analytics.RaterStatisticsService;
import kz.suhbat.analytics.ReportFilter;
import kz.suhbat.analytics.ReportService;
import kz.suhbat.analytics.db.JdbiRatingsStore;
import kz.suhbat.analytics.db.JdbiReportStore;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.Database;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.panel.db.JdbiPanelSeats;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.CampaignScope;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.Operation;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.security.db.JdbiAccountRepository;
import kz.suhbat.testsupport.TestOffice;
import org.jdbi.v3.core.Jdbi;

/**
 * The reports at national scale. Imports the national attestation of {@link PackageSet} (default 200
 * offices, 66,853 decided candidates) through the import service into a new central office (an encrypted
 * H2 file), unless the folder given already holds one this benchmark imported. Then times every report
 * of {@link ReportService} several times, each against one hand-written SQL aggregate over the same rows
 * in the same run, and prints the median and the slowest of each, their ratio, and the peak heap used.
 *
 * <p>Usage: {@code ReportsBenchmark [offices] [candidates] [folder] [runs]}. Run by {@code bench/reports.sh}.
 */
public final class ReportsBenchmark {

    private static final KeyDerivation FAST = new KeyDerivation(1_000);
    private static final String IMPORTED = "reports-benchmark.imported";
    private static final String CANDIDATES = " FROM imported_candidate d JOIN imported_campaign c ON c.id = d.campaign_ref ";
    private static final String RESULTS = " FROM imported_result r JOIN imported_campaign c ON c.id = r.campaign_ref ";
    /** Decisions per region: the outcomes report's question asked by hand. */
    static final String DECISIONS_BY_REGION = "SELECT c.region, d.decision, COUNT(*)" + CANDIDATES
            + "WHERE d.decision IS NOT NULL GROUP BY c.region, d.decision";
    /** The mean result per region and competency: the profiles' and deliberation's rows asked by hand. */
    static final String MEANS_BY_REGION = "SELECT c.region, r.competency_code, COUNT(*), AVG(r.result)" + RESULTS
            + "GROUP BY c.region, r.competency_code";
    /**
     * The candidates of one region with a result on one competency, aggregated: how many, their mean result
     * and the first name in the drill-down's order. It reads the rows the drill-down lists.
     */
    static final String CELL = "SELECT COUNT(*), AVG(r.result), MIN(d.last_name)" + CANDIDATES
            + "JOIN imported_result r ON r.campaign_ref = d.campaign_ref AND r.candidate_id = d.source_id "
            + "WHERE c.region = 'KYZYLORDA' AND r.competency_code = 'STR'";

    /**
     * One campaign's scores aggregated per member and competency: the hand-written reference for that
     * campaign's rater statistics, which read the same rows.
     */
    static String scoresOfCampaign(long campaignRef) {
        return "SELECT s.member_id, s.competency_code, COUNT(*), AVG(s.level), MIN(s.level), MAX(s.level) "
                + "FROM imported_score s WHERE s.campaign_ref = " + campaignRef + " GROUP BY s.member_id, "
                + "s.competency_code";
    }

    /** Every panel's scores aggregated per member and competency: the reference for the raters of many panels. */
    static final String SCORES_BY_PANEL = "SELECT s.campaign_ref, s.member_id, s.competency_code, COUNT(*), "
            + "AVG(s.level) FROM imported_score s JOIN imported_campaign c ON c.id = s.campaign_ref";
    static final String BY_PANEL = " GROUP BY s.campaign_ref, s.member_id, s.competency_code";

    /**
     * One campaign's leniency per member written by hand: each score against the mean of the other members'
     * scores of the same candidate and competency, averaged per member. The nearest single SQL statement to
     * what the rater statistics compute over the same rows.
     */
    static String leniencyOfCampaign(long campaignRef) {
        return "SELECT member_id, AVG(level - (total - level) / (raters - 1.0)), COUNT(*) FROM (SELECT s.member_id, "
                + "s.level, SUM(s.level) OVER (PARTITION BY s.candidate_id, s.competency_code) AS total, "
                + "COUNT(*) OVER (PARTITION BY s.candidate_id, s.competency_code) AS raters FROM imported_score s "
                + "WHERE s.campaign_ref = " + campaignRef + ") t WHERE raters > 1 GROUP BY member_id";
    }

    /** The imported campaign with the most scores: the one whose rater statistics take longest. */
    static long largestCampaign(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT campaign_ref FROM imported_score GROUP BY campaign_ref "
                + "ORDER BY COUNT(*) DESC, campaign_ref FETCH FIRST 1 ROW ONLY").mapTo(Long.class).one());
    }

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int offices = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 66_853;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        if (args.length > 2) {
            Path folder = Path.of(args[2]);
            Files.createDirectories(folder);
            run(folder, offices, candidates, runs);
        } else {
            ScratchFolder.use(null, "suhbat-reports-bench", folder -> run(folder, offices, candidates, runs));
        }
    }

    private static void run(Path folder, int offices, int candidates, int runs) throws Exception {
        Path central = folder.resolve("central");
        if (Files.exists(folder.resolve(IMPORTED))) {
            System.out.println("reusing the central office imported before in " + central);
        } else {
            importSet(folder, central, offices, candidates);
            if (!kz.suhbat.testsupport.TestServer.active()) {
                // A server's test database is dropped when the run ends: only a file can be reused.
                Files.writeString(folder.resolve(IMPORTED), offices + " " + candidates + "\n");
            }
        }
        DataFolder data = new DataFolder(central, DataFolder.Kind.EXPLICIT);
        long opening = System.nanoTime();
        try (Database database = TestOffice.openDatabase(data, FAST)) {
            System.out.printf(Locale.ROOT, "opened (and brought up to date) in %.1f s%n", seconds(opening));
            Jdbi jdbi = database.jdbi();
            if (database instanceof H2Database) {
                // Every run computes afresh: H2 would otherwise hand a repeated query its previous result.
                jdbi.useHandle(h -> h.execute("SET OPTIMIZE_REUSE_RESULTS FALSE"));
            } else {
                // The statistics the server's autovacuum gathers by itself a minute after a large import.
                jdbi.useHandle(h -> h.execute("ANALYZE"));
            }
            Access access = new Access();
            Account analyst = new JdbiAccountRepository(jdbi).findByLogin("analyst").orElseThrow();
            access.signIn(analyst);
            ReportService reports = new ReportService(access, new JdbiReportStore(jdbi), Operation.REPORTS_READ);
            RaterStatisticsService raters = new RaterStatisticsService(access,
                    new CampaignScope(access, new kz.suhbat.panel.db.JdbiPanelSeats(jdbi)), new JdbiRatingsStore(jdbi));
            System.out.printf(Locale.ROOT, "rows: %d candidates, %d results, %d scores%n",
                    count(jdbi, "imported_candidate"), count(jdbi, "imported_result"), count(jdbi, "imported_score"));
            HeapPeaks.reset();
            timeAll(reports, raters, jdbi, runs);
            System.out.printf(Locale.ROOT, "heap: max %d MB; live after collections at most %d MB; the pools' peaks "
                    + "summed %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024), liveMegabytes,
                    HeapPeaks.megabytes());
        }
    }

    private static void importSet(Path folder, Path central, int offices, int candidates) throws Exception {
        Path stick = Files.createDirectories(folder.resolve("stick"));
        long started = System.nanoTime();
        List<PackageSet.OfficePackage> set = PackageSet.write(stick, offices, candidates, (done, total) -> { });
        System.out.printf(Locale.ROOT, "packages: %d written in %.1f s%n", set.size(), seconds(started));
        try (TestOffice office = TestOffice.create(central, FAST,
                Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA))) {
            for (PackageSet.OfficePackage p : set) {
                office.services().keyRegistry().register(p.keyFile());
            }
            office.actAs(office.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST));
            started = System.nanoTime();
            List<ImportOutcome> outcomes = office.services().imports().importPackages(
                    set.stream().map(PackageSet.OfficePackage::file).toList(), (done, total) -> { });
            long refused = outcomes.stream().filter(o -> o.kind() != ImportOutcome.Kind.IMPORTED).count();
            if (refused > 0) {
                throw new IllegalStateException(refused + " packages refused: " + outcomes.get(0).refusal());
            }
            System.out.printf(Locale.ROOT, "import: %.1f s%n", seconds(started));
        }
    }

    /** One timed report against the hand-written aggregate it is measured by. */
    private record Case(String name, Supplier<Object> report, String aggregate) {
    }

    private static void timeAll(ReportService reports, RaterStatisticsService raters, Jdbi jdbi, int runs) {
        long largest = largestCampaign(jdbi);
        ReportFilter central = ReportFilter.ALL.with(Dimension.BODY, "CENTRAL");
        ReportFilter kyzylorda = ReportFilter.ALL.with(Dimension.REGION, "KYZYLORDA");
        List<Case> cases = List.of(
                new Case("outcomes by region", () -> reports.outcomes(ReportFilter.ALL, Dimension.REGION),
                        DECISIONS_BY_REGION),
                new Case("outcomes by office", () -> reports.outcomes(ReportFilter.ALL, Dimension.OFFICE),
                        DECISIONS_BY_REGION),
                new Case("outcomes by region, central bodies", () -> reports.outcomes(central, Dimension.REGION),
                        DECISIONS_BY_REGION),
                new Case("outcomes by year, one region", () -> reports.outcomes(kyzylorda, Dimension.YEAR),
                        DECISIONS_BY_REGION),
                new Case("profiles by region", () -> reports.profiles(ReportFilter.ALL, Dimension.REGION),
                        MEANS_BY_REGION),
                new Case("profiles by office", () -> reports.profiles(ReportFilter.ALL, Dimension.OFFICE),
                        MEANS_BY_REGION),
                new Case("profiles by region, central bodies", () -> reports.profiles(central, Dimension.REGION),
                        MEANS_BY_REGION),
                new Case("profiles by post group, one region", () -> reports.profiles(kyzylorda, Dimension.POST_GROUP),
                        MEANS_BY_REGION),
                new Case("deliberation by region", () -> reports.deliberation(ReportFilter.ALL, Dimension.REGION),
                        MEANS_BY_REGION),
                new Case("deliberation by office", () -> reports.deliberation(ReportFilter.ALL, Dimension.OFFICE),
                        MEANS_BY_REGION),
                new Case("deliberation by region, central bodies", () -> reports.deliberation(central,
                        Dimension.REGION), MEANS_BY_REGION),
                new Case("drill-down: one region's results on one competency", () -> reports.candidates(
                        ReportFilter.ALL, Drill.result(Dimension.REGION, "KYZYLORDA", "STR")), CELL),
                new Case("rater statistics of the largest campaign", () -> raters.imported(largest),
                        scoresOfCampaign(largest)),
                new Case("the same, against a hand-written leniency query", () -> raters.imported(largest),
                        leniencyOfCampaign(largest)),
                new Case("rater statistics of one region's panels", () -> raters.importedPanels(kyzylorda,
                        (done, total) -> { }), SCORES_BY_PANEL + " WHERE c.region = 'KYZYLORDA'" + BY_PANEL),
                new Case("rater statistics of every panel", () -> raters.importedPanels(ReportFilter.ALL,
                        (done, total) -> { }), SCORES_BY_PANEL + BY_PANEL));
        System.out.printf(Locale.ROOT, "%-52s %9s %9s %9s %9s %7s%n", "report (" + runs + " runs)", "median ms",
                "max ms", "SQL med", "SQL max", "ratio");
        boolean allWithin = true;
        for (Case c : cases) {
            allWithin &= time(c.name(), c.report(), jdbi, c.aggregate(), runs);
        }
        System.out.println(allWithin ? "every report under 1 s and within 3x its hand-written aggregate"
                : "some report misses: under 1 s and within 3x its hand-written aggregate");
    }

    /**
     * Times {@code work} (once to warm up, then {@code runs} times) against the hand-written
     * {@code aggregate} run after it each time, prints one line (median and slowest of each, and the ratio of
     * the medians) and says whether it is under 1 s and within 3x. Other statistics (a campaign's rater
     * statistics) are timed through it the same way.
     */
    static boolean time(String name, Supplier<Object> work, Jdbi jdbi, String aggregate, int runs) {
        double[] timed = new double[runs];
        double[] reference = new double[runs];
        work.get();
        aggregate(jdbi, aggregate);
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            timed[i] = millis(started);
            sampleLive();
            started = System.nanoTime();
            aggregate(jdbi, aggregate);
            reference[i] = millis(started);
        }
        double ratio = median(timed) / median(reference);
        boolean within = max(timed) < 1000 && ratio <= 3;
        System.out.printf(Locale.ROOT, "%-52s %9.1f %9.1f %9.1f %9.1f %7.2f%s%n", name, median(timed), max(timed),
                median(reference), max(reference), ratio, within ? "" : "  (misses)");
        return within;
    }

    private static void aggregate(Jdbi jdbi, String sql) {
        List<Object> rows = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery(sql).mapToMap().forEach(rows::add));
    }

    private static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** The most heap found in use right after a collection (the data held, not garbage), sampled after each run. */
    private static long liveMegabytes;

    private static void sampleLive() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        liveMegabytes = Math.max(liveMegabytes, live / (1024 * 1024));
    }

    private static double millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
