package kz.suhbat.analytics.stats;

import java.util.Objects;

/** One level one rater gave one candidate on one competency. */
public record Rating(String candidate, String competency, String rater, double level) {

    public Rating {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(rater, "rater");
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("A level must be a finite number");
        }
    }
}
