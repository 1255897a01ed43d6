package kz.suhbat.training;

import kz.suhbat.security.Role;

/**
 * An account on a course. A reference rater's submitted levels can become the references, as their median.
 */
public record Trainee(long accountId, String login, String displayName, Role role, boolean reference) {
}
