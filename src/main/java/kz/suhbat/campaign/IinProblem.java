package kz.suhbat.campaign;

/** Why a text is not a valid IIN, in the order the rules are checked. */
public enum IinProblem {
    /** Not exactly 12 characters. */
    LENGTH,
    /** A character other than the digits 0 to 9. */
    NOT_DIGITS,
    /** The first six digits (year, month, day) are not a date of the calendar. */
    DATE,
    /** The seventh digit is not 1 to 6, so the century of birth and the sex are unknown. */
    CENTURY,
    /** The last digit does not match the eleven before it: a digit was mistyped or swapped. */
    CHECK_DIGIT,
    /** The first eleven digits are never given out: no last digit can match them. */
    UNISSUABLE;

    /** The message key that explains the rule to the person typing the number. */
    public String key() {
        return "iin.problem." + name();
    }
}
