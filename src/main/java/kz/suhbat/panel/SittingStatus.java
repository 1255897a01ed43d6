package kz.suhbat.panel;

/** Each has a translated label {@code sitting.status.<NAME>}. */
public enum SittingStatus {
    PLANNED, OPEN, CLOSED
}
