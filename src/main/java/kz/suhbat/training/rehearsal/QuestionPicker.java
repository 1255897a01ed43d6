package kz.suhbat.training.rehearsal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Question;

/**
 * Chooses the questions of a rehearsal: the competencies take turns, so each gets one question before any
 * gets a second; which of a competency's questions comes up is drawn at random, so practising again
 * brings other questions. They are asked competency by competency, in the scope's order, as in a sitting.
 */
public final class QuestionPicker {

    private final Random random;

    public QuestionPicker(Random random) {
        this.random = random;
    }

    /** {@code count} questions of {@code scope}, at least one and no more than it has (none when it has none). */
    public List<PlannedQuestion> pick(RehearsalScope scope, int count) {
        List<Competency> competencies = scope.competencies();
        if (scope.availableQuestions() == 0) {
            return List.of();
        }
        int wanted = Math.max(1, Math.min(count, scope.availableQuestions()));
        List<List<Question>> drawn = new ArrayList<>();
        for (Competency competency : competencies) {
            List<Question> shuffled = new ArrayList<>(competency.questions());
            Collections.shuffle(shuffled, random);
            drawn.add(shuffled);
        }
        int[] taken = new int[competencies.size()];
        for (int picked = 0, round = 0; picked < wanted; round++) {
            for (int c = 0; c < competencies.size() && picked < wanted; c++) {
                if (round < drawn.get(c).size()) {
                    taken[c]++;
                    picked++;
                }
            }
        }
        List<PlannedQuestion> questions = new ArrayList<>();
        for (int c = 0; c < competencies.size(); c++) {
            for (Question question : drawn.get(c).subList(0, taken[c])) {
                questions.add(new PlannedQuestion(competencies.get(c), question));
            }
        }
        return List.copyOf(questions);
    }
}
