package kz.suhbat.interview;

/**
 * What the deliberation made of one competency: whether it was discussed, and the level the panel
 * agreed on with its reason, when it changed the result (the members' own scores stay as they were).
 */
public record CompetencyOutcome(String competencyCode, boolean discussed, Integer agreedLevel, String reason) {

    public CompetencyOutcome {
        reason = reason == null ? "" : reason.strip();
    }
}
