package kz.suhbat.rubric;

/** Whether an indicator is behaviour that shows a level, or behaviour that rules it out. */
public enum Polarity {
    POSITIVE,
    NEGATIVE
}
