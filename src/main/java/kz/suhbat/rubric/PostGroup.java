package kz.suhbat.rubric;

/** The group of posts a position profile is for. */
public enum PostGroup {
    MANAGERIAL,
    EXECUTIVE
}
