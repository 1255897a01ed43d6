package kz.suhbat.analytics;

import java.util.List;

/** This office's candidates as reports read them, and the competencies they were scored on. */
public record OwnCandidates(List<Competency> competencies, List<CandidateFact> candidates) {

    public OwnCandidates {
        competencies = List.copyOf(competencies);
        candidates = List.copyOf(candidates);
    }
}
