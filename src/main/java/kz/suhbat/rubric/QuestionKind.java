package kz.suhbat.rubric;

/** Behavioural ("tell us about a time…") or situational ("imagine that…"). */
public enum QuestionKind {
    BEHAVIOURAL,
    SITUATIONAL
}
