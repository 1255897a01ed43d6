package kz.suhbat.scoring;

/**
 * What the deliberation made of one competency: whether it was discussed, the level the panel agreed on
 * with its reason, when it changed the result (the members' own scores stay as they were), and whether
 * the chair {@code opened} it for discussion (an agreed level is allowed only for a divergent competency
 * or one the chair opened).
 */
public record CompetencyOutcome(String competencyCode, boolean discussed, Integer agreedLevel, String reason,
                                boolean opened) {

    public CompetencyOutcome {
        reason = reason == null ? "" : reason.strip();
    }

    /** An outcome of a competency the chair has not opened. */
    public CompetencyOutcome(String competencyCode, boolean discussed, Integer agreedLevel, String reason) {
        this(competencyCode, discussed, agreedLevel, reason, false);
    }
}
