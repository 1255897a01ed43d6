package kz.suhbat.interview;

import java.math.BigDecimal;
import java.util.List;
import kz.suhbat.rubric.Competency;

/**
 * A competency of the profile as the guide walks through it: its weight and the questions still asked.
 * The weight is null in the questions of a campaign whose posts' profiles weight it differently.
 */
public record GuideCompetency(Competency competency, BigDecimal weight, List<GuideQuestion> questions) {

    public GuideCompetency {
        questions = List.copyOf(questions);
    }

    public String code() {
        return competency.code();
    }

    /** The time the competency should take: its questions' suggested minutes. */
    public int minutes() {
        return questions.stream().mapToInt(q -> q.question().suggestedMinutes()).sum();
    }
}
