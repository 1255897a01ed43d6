package kz.suhbat.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Repeated wrong passwords slow further attempts: the first three are free, then each attempt must
 * wait twice as long as the one before (1 s, 2 s, 4 s …), up to five minutes. The count is kept in the
 * keyring, so restarting Suhbat does not reset it; a right password does.
 */
public final class SignInThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration LONGEST = Duration.ofMinutes(5);

    private SignInThrottle() {
    }

    public static Duration delayAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    /** How long the next attempt must still wait, at {@code now}. */
    public static Duration remaining(int failures, Instant lastFailure, Instant now) {
        if (lastFailure == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lastFailure.plus(delayAfter(failures)));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
