package kz.suhbat.analytics;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.suhbat.scoring.Outcome;

/**
 * The reports' aggregates over this office's own candidates, summed in memory: an office holds hundreds
 * or a few thousand candidates, read afresh through the services for every report. The same figures as
 * {@code JdbiReportStore} gives over imported packages, by the same rules.
 */
public final class FactReportStore implements ReportStore {

    private final Supplier<OwnCandidates> source;

    public FactReportStore(Supplier<OwnCandidates> source) {
        this.source = source;
    }

    @Override
    public List<Competency> competencies() {
        return source.get().competencies();
    }

    @Override
    public List<Group> values(Dimension dimension) {
        Map<String, String> names = new TreeMap<>();
        source.get().candidates().forEach(c -> names.putIfAbsent(c.value(dimension), c.office()));
        return names.entrySet().stream().map(e -> group(dimension, e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<OutcomeRow> outcomes(ReportFilter filter, Dimension dimension) {
        Map<String, Map<Outcome, Long>> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        decided(filter).forEach(c -> {
            names.putIfAbsent(c.value(dimension), c.office());
            counts.computeIfAbsent(c.value(dimension), v -> new EnumMap<>(Outcome.class))
                    .merge(Outcome.valueOf(c.decision()), 1L, Long::sum);
        });
        return counts.entrySet().stream().map(e -> new OutcomeRow(group(dimension, e.getKey(), names.get(e.getKey())),
                e.getValue())).toList();
    }

    @Override
    public Map<Group, Map<String, Moments>> results(ReportFilter filter, Dimension dimension) {
        Map<String, Map<String, Moments>> byValue = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        kept(filter).forEach(c -> {
            names.putIfAbsent(c.value(dimension), c.office());
            Map<String, Moments> moments = byValue.computeIfAbsent(c.value(dimension), v -> new LinkedHashMap<>());
            c.competencies().forEach(k -> moments.merge(k.code(), one(k), Moments::plus));
        });
        Map<Group, Map<String, Moments>> groups = new LinkedHashMap<>();
        byValue.forEach((value, moments) -> groups.put(group(dimension, value, names.get(value)), moments));
        return groups;
    }

    @Override
    public Map<String, Moments> results(ReportFilter filter) {
        Map<String, Moments> overall = new LinkedHashMap<>();
        kept(filter).forEach(c -> c.competencies().forEach(k -> overall.merge(k.code(), one(k), Moments::plus)));
        return overall;
    }

    @Override
    public List<DeliberationRow> deliberation(ReportFilter filter, int divergentSpread) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        kept(filter).forEach(c -> c.competencies().forEach(k -> {
            long[] n = counts.computeIfAbsent(k.code(), code -> new long[3]);
            n[0]++;
            n[1] += k.spread() >= divergentSpread ? 1 : 0;
            n[2] += k.agreed() ? 1 : 0;
        }));
        return counts.entrySet().stream().map(e -> new DeliberationRow(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    @Override
    public List<ThresholdRow> againstThreshold(ReportFilter filter, Dimension dimension) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        decided(filter).forEach(c -> {
            names.putIfAbsent(c.value(dimension), c.office());
            long[] n = counts.computeIfAbsent(c.value(dimension), v -> new long[2]);
            n[0]++;
            n[1] += against(c) ? 1 : 0;
        });
        return counts.entrySet().stream().map(e -> new ThresholdRow(group(dimension, e.getKey(), names.get(e.getKey())),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public List<CandidateLine> candidates(ReportFilter filter, Drill drill, int limit) {
        ReportFilter cell = drill.group().map(g -> filter.with(drill.dimension(), g)).orElse(filter);
        Stream<CandidateFact> chosen = switch (drill.kind()) {
            case DECIDED -> decided(cell).filter(c -> drill.outcome().map(o -> o.name().equals(c.decision()))
                    .orElse(true));
            case RESULT -> kept(cell).filter(c -> result(c, drill).isPresent());
            case DIVERGENT -> kept(cell).filter(c -> result(c, drill)
                    .filter(k -> k.spread() >= kz.suhbat.campaign.Campaign.DEFAULT_DIVERGENCE).isPresent());
            case AGREED -> kept(cell).filter(c -> result(c, drill).filter(CandidateFact.CompetencyFact::agreed)
                    .isPresent());
            case AGAINST_THRESHOLD -> decided(cell).filter(FactReportStore::against);
        };
        return chosen.sorted(Comparator.comparing(CandidateFact::office).thenComparing(CandidateFact::campaign)
                        .thenComparing(CandidateFact::fullName))
                .limit(limit)
                .map(c -> new CandidateLine(c.office(), c.campaign(), c.maskedIin(), c.fullName(), c.post(),
                        c.sittingDate(), c.decision(), c.total(), result(c, drill)
                        .map(CandidateFact.CompetencyFact::result).orElse(null)))
                .toList();
    }

    private static java.util.Optional<CandidateFact.CompetencyFact> result(CandidateFact c, Drill drill) {
        return drill.competency().flatMap(code -> c.competencies().stream().filter(k -> k.code().equals(code))
                .findFirst());
    }

    /** A decision in the candidate's favour below the threshold, or against them at or above it. */
    private static boolean against(CandidateFact c) {
        return Outcome.valueOf(c.decision()).favourable() != Boolean.TRUE.equals(c.reached());
    }

    private Stream<CandidateFact> kept(ReportFilter filter) {
        return source.get().candidates().stream().filter(c -> c.kept(filter));
    }

    private Stream<CandidateFact> decided(ReportFilter filter) {
        return kept(filter).filter(c -> c.decision() != null);
    }

    private static Moments one(CandidateFact.CompetencyFact k) {
        double value = k.result().doubleValue();
        return new Moments(1, value, value * value);
    }

    private static Group group(Dimension dimension, String value, String office) {
        return new Group(value, dimension == Dimension.OFFICE ? office : "");
    }
}
