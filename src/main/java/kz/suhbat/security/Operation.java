package kz.suhbat.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every operation a service offers, and the roles allowed to perform it: the one access policy of
 * Suhbat. Anything not listed here is refused (deny by default): each public service method names its
 * operation, and a test fails on a public service method that does not.
 */
public enum Operation {
    RUBRIC_READ(Role.values()),
    RUBRIC_EDIT(Role.ADMINISTRATOR),
    RUBRIC_MARK_USED(Role.SECRETARY, Role.TRAINER),
    OFFICE_READ(Role.values()),
    OFFICE_EDIT(Role.ADMINISTRATOR),
    ACCOUNT_READ(Role.ADMINISTRATOR, Role.SECRETARY),
    ACCOUNT_MANAGE(Role.ADMINISTRATOR),
    /** A trainer makes the training accounts of a course's trainees (role trainee only). */
    TRAINEE_ACCOUNT_CREATE(Role.ADMINISTRATOR, Role.TRAINER),
    OWN_PASSWORD(Role.values()),
    AUDIT_READ(Role.ADMINISTRATOR, Role.ANALYST),
    BACKUP_MANAGE(Role.ADMINISTRATOR),
    /** Trainers and trainees reach training courses only (see CampaignScope), never real campaigns' people. */
    CAMPAIGN_READ(Role.ADMINISTRATOR, Role.SECRETARY, Role.MEMBER, Role.OBSERVER, Role.ANALYST, Role.TRAINER,
            Role.TRAINEE),
    CAMPAIGN_EDIT(Role.SECRETARY, Role.TRAINER),
    CANDIDATE_READ(Role.ADMINISTRATOR, Role.SECRETARY, Role.MEMBER, Role.OBSERVER, Role.ANALYST, Role.TRAINER,
            Role.TRAINEE),
    CANDIDATE_EDIT(Role.SECRETARY, Role.TRAINER),
    PANEL_READ(Role.ADMINISTRATOR, Role.SECRETARY, Role.MEMBER, Role.OBSERVER, Role.ANALYST, Role.TRAINER,
            Role.TRAINEE),
    PANEL_EDIT(Role.SECRETARY, Role.TRAINER),
    /** A panel member's own start page: the sittings of the panels they sit on, and nobody else's. */
    OWN_SITTINGS_READ(Role.MEMBER, Role.TRAINEE),
    /** A member's own declaration of (no) conflict of interest; the secretary records it for them too. */
    CONFLICT_DECLARE(Role.SECRETARY, Role.MEMBER, Role.TRAINER, Role.TRAINEE),
    /** The interview guide, progress, and once every rater has submitted, the scores and results. */
    INTERVIEW_READ(Role.ADMINISTRATOR, Role.SECRETARY, Role.MEMBER, Role.OBSERVER, Role.ANALYST, Role.TRAINER,
            Role.TRAINEE),
    /** The secretary runs the sitting: starts interviews, keeps the panel's notes, records the deliberation. */
    INTERVIEW_RUN(Role.SECRETARY, Role.TRAINER, Role.TRAINEE),
    /** Opening a member's own score sheet, always with that member's password. */
    SCORE_ENTER(Role.SECRETARY, Role.MEMBER, Role.TRAINER, Role.TRAINEE),
    /** A member's own vote, cast from the member's own device. */
    VOTE_OWN(Role.MEMBER, Role.TRAINEE),
    /** Typing in a member's signed paper sheet, marked as transcribed by the secretary. */
    SCORE_TRANSCRIBE(Role.SECRETARY, Role.TRAINER),
    /** Reopening a finalised interview, always with the chair's password and a reason. */
    INTERVIEW_REOPEN(Role.SECRETARY, Role.MEMBER, Role.TRAINER, Role.TRAINEE),
    /** The scheduled copy into the local backup folder runs for whoever is signed in. */
    /** Writing a campaign's signed package to a folder or USB stick for the central office. */
    PACKAGE_EXPORT(Role.SECRETARY),
    /** Registering and revoking the offices' public keys at the central office. */
    KEY_MANAGE(Role.ADMINISTRATOR),
    /** Verifying and importing offices' packages at the central office. */
    PACKAGE_IMPORT(Role.ADMINISTRATOR, Role.ANALYST),
    /** Reading the registered keys, the imported packages and their data (never editable). */
    IMPORTED_READ(Role.ADMINISTRATOR, Role.ANALYST),
    /** Reading the reports over the imported candidates: outcomes, competency profiles, deliberation. */
    REPORTS_READ(Role.ADMINISTRATOR, Role.ANALYST),
    /** The same reports over this office's own campaigns. */
    OWN_REPORTS_READ(Role.ADMINISTRATOR, Role.SECRETARY, Role.ANALYST),
    /** A campaign's rater statistics: a member only when chairing its panel (or as deputy chair). */
    RATER_STATS_READ(Role.ADMINISTRATOR, Role.SECRETARY, Role.MEMBER, Role.ANALYST),
    /** A trainer's courses: their calibration rule, trainees, exercises and references, and the results. */
    TRAINING_MANAGE(Role.TRAINER),
    /** Scoring the exercises of the courses one is a trainee on, and seeing one's own feedback. */
    CALIBRATION_TAKE(Role.SECRETARY, Role.MEMBER, Role.OBSERVER, Role.TRAINER, Role.TRAINEE),
    /** Whether panel members were calibrated in the last twelve months, for forming a panel and the protocol. */
    CALIBRATION_STATUS_READ(Role.ADMINISTRATOR, Role.SECRETARY, Role.MEMBER, Role.OBSERVER, Role.ANALYST,
            Role.TRAINER, Role.TRAINEE),
    BACKUP_SCHEDULED(Role.values());

    private final Set<Role> allowed;

    Operation(Role... allowed) {
        this.allowed = allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed);
    }

    public boolean allows(Role role) {
        return role != null && allowed.contains(role);
    }

    public Set<Role> allowed() {
        return EnumSet.copyOf(allowed);
    }
}
