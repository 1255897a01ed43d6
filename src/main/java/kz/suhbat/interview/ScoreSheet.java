package kz.suhbat.interview;

import java.util.List;
import java.util.Optional;
import kz.suhbat.scoring.Score;

/**
 * One member's score sheet: their current score per competency of the profile (in the profile's
 * order), whether it was submitted, whether the member countersigned it (a transcribed paper sheet),
 * and the member's own notes. A sheet can be submitted when every competency has a level and evidence.
 */
public record ScoreSheet(long interviewId, long memberId, String memberName, List<String> competencyCodes,
                         List<Score> scores, List<Note> notes, boolean submitted, boolean countersigned) {

    public ScoreSheet {
        competencyCodes = List.copyOf(competencyCodes);
        scores = List.copyOf(scores);
        notes = List.copyOf(notes);
    }

    public Optional<Score> score(String competencyCode) {
        return scores.stream().filter(s -> s.competencyCode().equals(competencyCode)).findFirst();
    }

    /** The competencies that still lack a level or evidence. */
    public List<String> missing() {
        return competencyCodes.stream().filter(code -> score(code)
                .map(s -> s.level() == null || s.evidence().isEmpty()).orElse(true)).toList();
    }

    public boolean complete() {
        return missing().isEmpty();
    }
}
