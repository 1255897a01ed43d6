package kz.suhbat.rubric;

/** Civil-service corps: A (political and top administrative posts) or B (administrative posts). */
public enum Corps {
    A,
    B
}
