package kz.suhbat.interview.ui;

/**
 * A step of the guided sitting: the opening script, one competency of the profile (by its place in
 * the profile), the closing script, the score sheets, the deliberation and the decision.
 */
public record Step(Kind kind, int competency) {

    public enum Kind { OPENING, COMPETENCY, CLOSING, SCORING, DELIBERATION, DECISION }

    public static Step of(Kind kind) {
        return new Step(kind, -1);
    }
}
