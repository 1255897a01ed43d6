package kz.suhbat.analytics.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.suhbat.analytics.CandidateLine;
import kz.suhbat.analytics.Competency;
import kz.suhbat.analytics.DeliberationReport;
import kz.suhbat.analytics.DeliberationRow;
import kz.suhbat.analytics.Group;
import kz.suhbat.analytics.OutcomeReport;
import kz.suhbat.analytics.OutcomeRow;
import kz.suhbat.analytics.PanelRaters;
import kz.suhbat.analytics.RaterStatistics;
import kz.suhbat.analytics.stats.RaterFlagText;
import kz.suhbat.analytics.stats.RaterProfile;
import kz.suhbat.analytics.ProfileCell;
import kz.suhbat.analytics.ProfileReport;
import kz.suhbat.analytics.ThresholdRow;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.scoring.Outcome;

/** Each report as the tables the spreadsheet, the PDF and the command line print, in one language. */
public final class ReportTables {

    private final ReportLabels labels;
    private final I18n i18n;

    public ReportTables(ReportLabels labels) {
        this.labels = labels;
        this.i18n = labels.i18n();
    }

    public ReportTable outcomes(OutcomeReport report) {
        List<String> header = new ArrayList<>(List.of(labels.dimension(report.dimension()), i18n.get("reports.decided")));
        for (Outcome outcome : report.outcomes()) {
            header.add(labels.outcome(outcome));
            header.add(labels.outcome(outcome) + ", %");
        }
        List<List<Object>> rows = new ArrayList<>();
        report.rows().forEach(row -> rows.add(outcomeRow(labels.group(report.dimension(), row.group()), row,
                report.outcomes())));
        rows.add(outcomeRow(i18n.get("reports.overall"), report.overall(), report.outcomes()));
        return new ReportTable(i18n.get("reports.outcomes"), header, rows, 1);
    }

    /** The same decisions for a page: a column per decision, each cell its count and share, as "95 (95.0 %)". */
    public ReportTable outcomesCompact(OutcomeReport report) {
        List<String> header = new ArrayList<>(List.of(labels.dimension(report.dimension()), i18n.get("reports.decided")));
        report.outcomes().forEach(outcome -> header.add(labels.outcome(outcome)));
        List<List<Object>> rows = new ArrayList<>();
        List<OutcomeRow> all = new ArrayList<>(report.rows());
        all.add(report.overall());
        for (OutcomeRow row : all) {
            List<Object> cells = new ArrayList<>(List.of(row == all.get(all.size() - 1) ? i18n.get("reports.overall")
                    : labels.group(report.dimension(), row.group()), row.total()));
            report.outcomes().forEach(outcome -> cells.add(row.count(outcome) + " (" + java.math.BigDecimal.valueOf(
                    100 * row.share(outcome)).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %)"));
            rows.add(cells);
        }
        return new ReportTable(i18n.get("reports.outcomes"), header, rows, 1);
    }

    private static List<Object> outcomeRow(String name, OutcomeRow row, List<Outcome> outcomes) {
        List<Object> cells = new ArrayList<>(List.of(name, row.total()));
        for (Outcome outcome : outcomes) {
            cells.add(row.count(outcome));
            cells.add(100 * row.share(outcome));
        }
        return cells;
    }

    public ReportTable profiles(ProfileReport report) {
        List<String> header = List.of(labels.dimension(report.dimension()), i18n.get("reports.competency"),
                i18n.get("reports.results"), i18n.get("reports.mean"), i18n.get("reports.low"),
                i18n.get("reports.high"), i18n.get("reports.overallMean"), i18n.get("reports.difference"),
                i18n.get("reports.marked"));
        List<List<Object>> rows = new ArrayList<>();
        for (Group group : report.groups()) {
            for (Competency competency : report.competencies()) {
                report.cell(group, competency.code()).ifPresent(cell -> rows.add(List.of(
                        labels.group(report.dimension(), group), labels.competency(competency),
                        cell.moments().count(), cell.mean(), cell.low(), cell.high(), cell.overallMean(),
                        cell.difference(), cell.marked() ? i18n.get(cell.difference() < 0 ? "reports.weaker"
                                : "reports.stronger") : "")));
            }
        }
        return new ReportTable(i18n.get("reports.profiles"), header, rows, 2);
    }

    /** One sentence per group that is clearly weaker somewhere: "Ministries: cooperation 2.9 against 3.4". */
    public List<String> findings(ProfileReport report) {
        List<String> findings = new ArrayList<>();
        for (Map.Entry<Group, ProfileCell> weakest : report.weakest().entrySet()) {
            ProfileCell cell = weakest.getValue();
            Competency competency = report.competencies().stream().filter(c -> c.code().equals(cell.competency()))
                    .findFirst().orElse(new Competency(cell.competency(), "", "", ""));
            findings.add(i18n.format("reports.finding", labels.group(report.dimension(), weakest.getKey()),
                    labels.competency(competency), decimals(cell.mean()), decimals(cell.overallMean())));
        }
        return findings;
    }

    private static String decimals(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public ReportTable divergence(DeliberationReport report) {
        List<String> header = List.of(i18n.get("reports.competency"), i18n.get("reports.results"),
                i18n.get("reports.divergent"), i18n.get("reports.divergent") + ", %", i18n.get("reports.agreed"),
                i18n.get("reports.agreed") + ", %");
        List<List<Object>> rows = new ArrayList<>();
        for (Competency competency : report.competencies()) {
            report.rows().stream().filter(r -> r.competency().equals(competency.code())).findFirst()
                    .ifPresent(r -> rows.add(divergenceRow(labels.competency(competency), r)));
        }
        return new ReportTable(i18n.get("reports.deliberation"), header, rows, 1);
    }

    private static List<Object> divergenceRow(String name, DeliberationRow r) {
        return List.of(name, r.results(), r.divergent(), 100 * r.divergentShare(), r.agreed(), 100 * r.agreedShare());
    }

    public ReportTable thresholds(DeliberationReport report) {
        List<String> header = List.of(labels.dimension(report.dimension()), i18n.get("reports.decided"),
                i18n.get("reports.against"), i18n.get("reports.against") + ", %");
        List<List<Object>> rows = new ArrayList<>();
        for (ThresholdRow row : report.thresholds()) {
            rows.add(List.of(labels.group(report.dimension(), row.group()), row.decided(), row.against(),
                    100 * row.share()));
        }
        return new ReportTable(i18n.get("reports.againstTitle"), header, rows, 1);
    }

    /**
     * Every member of every panel: the flags in words, leniency with its interval, spread against the
     * others', halo and agreement; the flagged members first, each group as the panels come.
     */
    public ReportTable raters(List<PanelRaters> panels) {
        RaterFlagText flags = new RaterFlagText(i18n);
        List<String> header = List.of(i18n.get("reports.office"), i18n.get("reports.campaign"),
                i18n.get("raters.member"), i18n.get("raters.flags"), i18n.get("raters.ratings"),
                i18n.get("reports.leniency"),
                i18n.get("reports.low"), i18n.get("reports.high"), i18n.get("reports.sdOwn"),
                i18n.get("reports.sdOthers"), i18n.get("reports.haloOwn"), i18n.get("reports.haloOthers"),
                i18n.get("raters.exact") + ", %", i18n.get("raters.adjacent") + ", %");
        List<List<Object>> rows = new ArrayList<>();
        for (RaterLine line : raterLines(panels)) {
            PanelRaters panel = line.panel();
            RaterStatistics statistics = panel.statistics();
            RaterProfile rater = line.rater();
            List<Object> row = new ArrayList<>(List.of(panel.panel().office(), panel.panel().title(),
                    statistics.name(rater.rater()), rater.flags().stream()
                            .map(f -> flags.describe(f, statistics.raters().confidence()))
                            .collect(java.util.stream.Collectors.joining("; ")), (long) rater.ratings()));
            row.add(rater.leniency().mean());
            row.add(rater.leniency().interval().lower());
            row.add(rater.leniency().interval().upper());
            row.add(rater.spread().sd());
            row.add(rater.spread().othersSd());
            row.add(rater.halo().correlation());
            row.add(rater.halo().panelCorrelation());
            row.add(100 * rater.agreement().exact());
            row.add(100 * rater.agreement().adjacent());
            rows.add(row);
        }
        return new ReportTable(i18n.get("reports.raters"), header, rows, 2);
    }

    /** One member of one panel, as a line of the raters' table. */
    public record RaterLine(PanelRaters panel, RaterProfile rater) {
    }

    /** The lines of {@link #raters}, in its order: the flagged members first, each group as the panels come. */
    public static List<RaterLine> raterLines(List<PanelRaters> panels) {
        List<RaterLine> flagged = new ArrayList<>();
        List<RaterLine> others = new ArrayList<>();
        for (PanelRaters panel : panels) {
            for (RaterProfile rater : panel.statistics().raters().raters()) {
                (rater.flags().isEmpty() ? others : flagged).add(new RaterLine(panel, rater));
            }
        }
        flagged.addAll(others);
        return flagged;
    }

    public ReportTable candidates(String title, List<CandidateLine> lines) {
        List<String> header = List.of(i18n.get("reports.office"), i18n.get("reports.campaign"),
                i18n.get("reports.iin"), i18n.get("reports.name"), i18n.get("reports.post"),
                i18n.get("reports.sittingDate"), i18n.get("reports.decision"), i18n.get("reports.total"),
                i18n.get("reports.result"));
        List<List<Object>> rows = new ArrayList<>();
        for (CandidateLine c : lines) {
            List<Object> row = new ArrayList<>(List.of(c.office(), c.campaign(), c.maskedIin(), c.fullName(), c.post()));
            row.add(c.sittingDate() == null ? "" : c.sittingDate().toString());
            row.add(c.decision() == null ? "" : labels.outcome(Outcome.valueOf(c.decision())));
            row.add(c.total() == null ? null : c.total().doubleValue());
            row.add(c.result() == null ? null : c.result().doubleValue());
            rows.add(row);
        }
        return new ReportTable(title, header, rows, 2);
    }
}
