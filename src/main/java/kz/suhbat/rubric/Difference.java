package kz.suhbat.rubric;

/**
 * One thing that differs between two versions of a framework.
 *
 * @param where  language-neutral place: codes, numbers and the language, e.g. {@code DEC · Q2 · probe 1 · kk}
 * @param kind   what happened there
 * @param before the old value, empty when added
 * @param after  the new value, empty when removed
 */
public record Difference(String where, Kind kind, String before, String after) {

    /** Each kind has a translated label {@code rubric.diff.<NAME>}. */
    public enum Kind { ADDED, REMOVED, CHANGED }
}
