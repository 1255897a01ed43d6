package kz.suhbat.analytics.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.analytics.CandidateLine;
import kz.suhbat.analytics.DeliberationReport;
import kz.suhbat.analytics.Dimension;
import kz.suhbat.analytics.Drill;
import kz.suhbat.analytics.Group;
import kz.suhbat.analytics.OutcomeReport;
import kz.suhbat.analytics.PanelRaters;
import kz.suhbat.analytics.ProfileReport;
import kz.suhbat.analytics.ReportFilter;
import kz.suhbat.analytics.RaterStatisticsService;
import kz.suhbat.analytics.ReportService;
import kz.suhbat.analytics.file.ReportFiles;
import kz.suhbat.analytics.file.ReportLabels;
import kz.suhbat.analytics.file.ReportSet;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;

/**
 * The Reports page: the three reports under one grouping and filter, over the imported candidates or
 * this office's own, reloaded on the worker whenever any of them changes; the candidates behind the cell
 * last chosen; exports of what is shown.
 */
public final class ReportsViewModel {

    /** Whose candidates the reports count: those imported at the central office, or this office's own. */
    public enum Source { IMPORTED, OWN }

    private final java.util.Map<Source, ReportService> sources;
    private final ObjectProperty<Source> source;
    private final I18n i18n;
    private final ReportLabels labels;
    private final ActionStatus status;
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.REGION);
    private final Map<Dimension, ObjectProperty<Group>> filters = new EnumMap<>(Dimension.class);
    private final Map<Dimension, ObservableList<Group>> values = new EnumMap<>(Dimension.class);
    private final ReadOnlyObjectWrapper<OutcomeReport> outcomes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProfileReport> profiles = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DeliberationReport> deliberation = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<CandidateLine> drilled = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper drillTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<PanelRaters>> raters = new ReadOnlyObjectWrapper<>();
    private final RaterStatisticsService raterStatistics;
    private boolean loading;
    /** Counts the reloads, so that a slow report asked for before the last change never replaces a newer one. */
    private long generation;

    private record Loaded(OutcomeReport outcomes, ProfileReport profiles, DeliberationReport deliberation) {
    }

    /** {@code imported} is null for a role that may not read the imported candidates. */
    public ReportsViewModel(ReportService imported, ReportService own, RaterStatisticsService raterStatistics,
                            TaskExecutor executor, I18n i18n) {
        this.sources = new java.util.EnumMap<>(Source.class);
        if (imported != null) {
            sources.put(Source.IMPORTED, imported);
        }
        sources.put(Source.OWN, own);
        this.source = new SimpleObjectProperty<>(sources.keySet().iterator().next());
        this.raterStatistics = raterStatistics;
        this.i18n = i18n;
        this.labels = new ReportLabels(i18n);
        this.status = new ActionStatus(executor, failure -> failure instanceof IOException
                ? i18n.format("reports.cannotWrite", failure.getMessage())
                : i18n.format("error.unexpected", String.valueOf(failure.getMessage())));
        for (Dimension d : Dimension.values()) {
            filters.put(d, new SimpleObjectProperty<>());
            values.put(d, FXCollections.observableArrayList());
            filters.get(d).addListener((obs, old, value) -> reload());
        }
        dimension.addListener((obs, old, value) -> reload());
        source.addListener((obs, old, value) -> refresh());
    }

    private ReportService reports() {
        return sources.get(source.get());
    }

    /** The sources this account may read, the imported candidates first. */
    public List<Source> sources() {
        return List.copyOf(sources.keySet());
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** Loads the values every filter offers, then the reports. */
    public void refresh() {
        ReportService reports = reports();
        status.run(() -> {
            Map<Dimension, List<Group>> all = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                all.put(d, reports.values(d));
            }
            return all;
        }, all -> {
            loading = true;
            all.forEach((d, groups) -> {
                values.get(d).setAll(groups);
                Group chosen = filters.get(d).get();
                if (chosen != null && !groups.contains(chosen)) {
                    filters.get(d).set(null);
                }
            });
            loading = false;
            reload();
        });
    }

    private void reload() {
        if (loading || dimension.get() == null) {
            return;
        }
        ReportFilter filter = filter();
        Dimension by = dimension.get();
        ReportService reports = reports();
        long asked = ++generation;
        status.run(() -> new Loaded(reports.outcomes(filter, by), reports.profiles(filter, by),
                reports.deliberation(filter, by)), loaded -> {
                    if (asked != generation) {
                        return;
                    }
                    outcomes.set(loaded.outcomes());
                    profiles.set(loaded.profiles());
                    deliberation.set(loaded.deliberation());
                    findings.setAll(new ReportFiles(i18n).tables().findings(loaded.profiles()));
                    drilled.clear();
                    drillTitle.set("");
                    raters.set(null);
                    status.clear();
                });
    }

    /**
     * Computes the rater statistics of every imported panel the filter keeps (by type, region and office),
     * with the panels counted as progress; kept until the filter changes.
     */
    public void loadRaters() {
        if (raters.get() != null || source.get() != Source.IMPORTED) {
            return;
        }
        ReportFilter filter = filter();
        long asked = generation;
        status.runWithProgress(progress -> raterStatistics.importedPanels(filter, progress), panels -> {
            if (asked == generation) {
                raters.set(panels);
            }
        });
    }

    public ReportFilter filter() {
        ReportFilter filter = ReportFilter.ALL;
        for (Map.Entry<Dimension, ObjectProperty<Group>> entry : filters.entrySet()) {
            Group chosen = entry.getValue().get();
            if (chosen != null) {
                filter = filter.with(entry.getKey(), chosen.value());
            }
        }
        return filter;
    }

    /** Lists the candidates behind {@code drill}; {@code title} names the cell. */
    public void drill(Drill drill, String title) {
        ReportFilter filter = filter();
        ReportService reports = reports();
        status.run(() -> reports.candidates(filter, drill), lines -> {
            boolean more = lines.size() > ReportService.DRILL_LIMIT;
            drilled.setAll(more ? lines.subList(0, ReportService.DRILL_LIMIT) : lines);
            drillTitle.set(more ? i18n.format("reports.drillMore", title, ReportService.DRILL_LIMIT)
                    : i18n.format("reports.drillTitle", title, lines.size()));
        });
    }

    /** Writes what is shown to {@code target} as XLSX or PDF, by its extension. */
    public void export(Path target, ReportFiles.Format format) {
        OutcomeReport o = outcomes.get();
        ProfileReport p = profiles.get();
        DeliberationReport d = deliberation.get();
        if (o == null || p == null || d == null) {
            return;
        }
        ReportSet set = new ReportSet(scope(), o, p, d, drillTitle.get(), List.copyOf(drilled));
        status.run(() -> {
            new ReportFiles(i18n).write(set, format, target);
            return target;
        }, written -> status.succeeded(i18n.format("reports.exported", written)));
    }

    /** The grouping and filters in words, as the exports print them. */
    public String scope() {
        String chosen = filters.entrySet().stream().filter(e -> e.getValue().get() != null)
                .map(e -> labels.dimension(e.getKey()) + ": " + labels.group(e.getKey(), e.getValue().get()))
                .collect(Collectors.joining("; "));
        return i18n.get("reports.source." + source.get().name()) + ". " + i18n.format("reports.scope",
                labels.dimension(dimension.get()), chosen.isEmpty() ? i18n.get("reports.noFilter") : chosen);
    }

    public ReportLabels labels() {
        return labels;
    }

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public ObjectProperty<Group> filterProperty(Dimension d) {
        return filters.get(d);
    }

    public ObservableList<Group> values(Dimension d) {
        return values.get(d);
    }

    public ReadOnlyObjectProperty<OutcomeReport> outcomesProperty() {
        return outcomes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProfileReport> profilesProperty() {
        return profiles.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeliberationReport> deliberationProperty() {
        return deliberation.getReadOnlyProperty();
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public ObservableList<CandidateLine> drilled() {
        return drilled;
    }

    public ReadOnlyStringProperty drillTitleProperty() {
        return drillTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<PanelRaters>> ratersProperty() {
        return raters.getReadOnlyProperty();
    }

    public ActionStatus status() {
        return status;
    }
}
