package kz.suhbat.panel;

/**
 * Where a candidate's interview stands for one panel member, as their own start page shows it; each has
 * a translated label {@code mySittings.state.<NAME>}.
 */
public enum SheetState {
    /** The secretary has not started the interview yet. */
    NOT_STARTED,
    /** The candidate did not appear: there is no interview and nothing to declare. */
    ABSENT,
    /** Under way, the member scores it and their sheet is not submitted yet. */
    TO_FILL,
    /** Under way, the member's sheet is submitted and locked. */
    SUBMITTED,
    /** Under way without this member among its raters (recused, or absent when it started). */
    NOT_SCORING,
    /** Decided and locked. */
    FINALISED
}
