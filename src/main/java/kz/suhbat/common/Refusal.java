package kz.suhbat.common;

/**
 * Marks an exception that refuses an operation for a reason the user can act on (a wrong password, a
 * missing right, a rule of the rubric): shown to the user in their language, and logged as an event,
 * not as a failure with a stack trace.
 */
public interface Refusal {
}
