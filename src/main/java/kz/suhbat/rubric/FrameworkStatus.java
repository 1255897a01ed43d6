package kz.suhbat.rubric;

/** Draft while being written, active when offered to campaigns, retired when no longer offered. */
public enum FrameworkStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
