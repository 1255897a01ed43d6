package kz.suhbat.analytics.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.analytics.CompetencyAgreement;
import kz.suhbat.analytics.RaterStatistics;
import kz.suhbat.analytics.stats.AgreementSummary;
import kz.suhbat.analytics.stats.Icc;
import kz.suhbat.analytics.stats.IccForm;
import kz.suhbat.analytics.stats.NumberText;
import kz.suhbat.analytics.stats.RaterEffects;
import kz.suhbat.analytics.stats.RaterFlag;
import kz.suhbat.analytics.stats.RaterFlagText;
import kz.suhbat.analytics.stats.RaterProfile;
import kz.suhbat.analytics.stats.Rwg;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.security.AccessDeniedException;

/**
 * One campaign's rater statistics as a chair reads them: the members' habits first (with the flags in
 * words), then how the panel agreed competency by competency. Loaded on the worker.
 */
public final class RaterStatisticsViewModel {

    /** A panel member's line: every figure already written in the reader's language. */
    public record MemberRow(String name, String ratings, String leniency, String spread, String halo, String exact,
                            String adjacent, String flags) {
    }

    /** A competency's line. */
    public record CompetencyRow(String competency, String candidates, String icc21, String icc2k, String icc31,
                                String kendall, String ordinalAlpha, String intervalAlpha, String rwg) {
    }

    private final Callable<Optional<RaterStatistics>> source;
    private final I18n i18n;
    private final NumberText numbers;
    private final RaterFlagText flagText;
    private final ActionStatus status;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObservableList<CompetencyRow> competencies = FXCollections.observableArrayList();

    public RaterStatisticsViewModel(Callable<Optional<RaterStatistics>> source, TaskExecutor executor, I18n i18n) {
        this.source = source;
        this.i18n = i18n;
        this.numbers = new NumberText(i18n.language().locale());
        this.flagText = new RaterFlagText(i18n);
        this.status = new ActionStatus(executor, failure -> failure instanceof AccessDeniedException
                ? i18n.get("access.denied") : i18n.format("error.unexpected", String.valueOf(failure.getMessage())));
    }

    public void load() {
        status.run(source, loaded -> loaded.ifPresentOrElse(this::show,
                () -> summary.set(i18n.get("raters.none"))));
    }

    private void show(RaterStatistics statistics) {
        title.set(i18n.format("raters.title", i18n.name(statistics.title())));
        if (statistics.candidates() == 0) {
            summary.set(i18n.get("raters.none"));
            return;
        }
        RaterEffects effects = statistics.raters();
        summary.set(i18n.format("raters.summary", statistics.candidates(), effects.raters().size()));
        List<String> lines = new ArrayList<>();
        List<MemberRow> rows = new ArrayList<>();
        for (RaterProfile rater : effects.raters()) {
            String name = statistics.name(rater.rater());
            List<String> said = rater.flags().stream().map(f -> flagText.describe(f, effects.confidence())).toList();
            said.forEach(text -> lines.add(i18n.format("raters.finding", name, text)));
            rows.add(new MemberRow(name, Integer.toString(rater.ratings()),
                    numbers.signed(rater.leniency().mean(), 2) + " (" + numbers.bound(rater.leniency().interval().lower(), 2)
                            + " … " + numbers.bound(rater.leniency().interval().upper(), 2) + ")",
                    numbers.fixed(rater.spread().sd(), 2) + " / " + numbers.fixed(rater.spread().othersSd(), 2),
                    numbers.fixed(rater.halo().correlation(), 2) + " / " + numbers.fixed(rater.halo().panelCorrelation(), 2),
                    percent(rater.agreement().exact()), percent(rater.agreement().adjacent()),
                    rater.flags().stream().map(RaterFlag::reason).map(flagText::name)
                            .reduce((a, b) -> a + ", " + b).orElse("")));
        }
        findings.setAll(lines.isEmpty() ? List.of(i18n.get("raters.noFlag")) : lines);
        members.setAll(rows);
        competencies.setAll(statistics.competencies().stream().map(this::competencyRow).toList());
    }

    private CompetencyRow competencyRow(CompetencyAgreement agreement) {
        AgreementSummary s = agreement.summary();
        double rwg = s.rwg().stream().mapToDouble(Rwg::value).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        return new CompetencyRow(agreement.competency().name(i18n.language()),
                i18n.format("raters.used", s.icc().used(), s.icc().used() + s.icc().dropped()),
                icc(s.icc().form(IccForm.ICC2_1)), icc(s.icc().form(IccForm.ICC2_K)), icc(s.icc().form(IccForm.ICC3_1)),
                numbers.fixed(s.kendall().w(), 2) + " (p " + numbers.p(s.kendall().p()) + ")",
                numbers.fixed(s.ordinalAlpha().alpha(), 2), numbers.fixed(s.intervalAlpha().alpha(), 2),
                numbers.fixed(rwg, 2));
    }

    private String icc(Icc icc) {
        return numbers.fixed(icc.value(), 2) + " (" + numbers.bound(icc.interval().lower(), 2) + " … "
                + numbers.bound(icc.interval().upper(), 2) + ")";
    }

    private String percent(double share) {
        return Double.isNaN(share) ? NumberText.UNKNOWN : numbers.fixed(100 * share, 0) + " %";
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObservableList<CompetencyRow> competencies() {
        return competencies;
    }

    public ActionStatus status() {
        return status;
    }
}
