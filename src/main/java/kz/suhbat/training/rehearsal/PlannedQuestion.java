package kz.suhbat.training.rehearsal;

import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Question;

/** A question put to the person rehearsing, with the competency it reveals. */
public record PlannedQuestion(Competency competency, Question question) {
}
