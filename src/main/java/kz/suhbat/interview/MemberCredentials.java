package kz.suhbat.interview;

/**
 * Checks a panel member's own password on the shared machine, the way sign-in does (wrong attempts
 * counted and slowed down). Throws {@link InterviewException} with {@code WRONG_PASSWORD}, or
 * {@code WAIT} and the seconds to wait.
 */
@FunctionalInterface
public interface MemberCredentials {

    void verify(long accountId, char[] password);
}
