package kz.suhbat.security;

/**
 * What an account may do. Whether a member chairs a panel is decided per panel, not per account.
 * Each role has a translated label {@code role.<NAME>}.
 */
public enum Role {
    /** Rubrics, accounts, the office, backups. */
    ADMINISTRATOR,
    /** Campaigns, candidates, panels, sittings, transcription of paper sheets, export. */
    SECRETARY,
    /** A panel member (or chair): their own scoring and deliberation. */
    MEMBER,
    /** Read-only view of a sitting. */
    OBSERVER,
    /** Runs training courses: mock interviews and calibration exercises, never real campaigns. */
    TRAINER,
    /**
     * A training account: plays the chair, a member or the secretary in the mock interviews of the courses
     * it is on and takes their exercises; it never reads a real campaign.
     */
    TRAINEE,
    /** Central import and reports. */
    ANALYST
}
