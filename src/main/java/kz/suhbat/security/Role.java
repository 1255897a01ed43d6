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
    /** Training and calibration only. */
    TRAINER,
    /** Central import and reports. */
    ANALYST
}
