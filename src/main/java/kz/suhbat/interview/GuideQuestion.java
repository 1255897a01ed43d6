package kz.suhbat.interview;

import kz.suhbat.rubric.Question;

/** A question of the guide, with its place in the competency's question bank (notes and drops refer to it). */
public record GuideQuestion(int index, Question question) {
}
