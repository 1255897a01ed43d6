package kz.suhbat.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a report needs to know of one candidate of this office: their value of every dimension, who they
 * are (the IIN masked), their decision (null before one), whether the total reached the threshold, and
 * their result on each competency.
 */
public record CandidateFact(Map<Dimension, String> values, String office, String campaign, String maskedIin,
                            String fullName, String post, LocalDate sittingDate, String decision, Boolean reached,
                            BigDecimal total, List<CompetencyFact> competencies) {

    /** A candidate's result on one competency, how far apart the members' levels lay, and whether it was agreed. */
    public record CompetencyFact(String code, BigDecimal result, int spread, boolean agreed) {
    }

    public CandidateFact {
        values = Map.copyOf(values);
        competencies = List.copyOf(competencies);
    }

    public String value(Dimension dimension) {
        return values.getOrDefault(dimension, "");
    }

    /** Whether the candidate has every value {@code filter} asks for. */
    public boolean kept(ReportFilter filter) {
        return filter.values().entrySet().stream().allMatch(e -> e.getValue().equals(value(e.getKey())));
    }
}
