package kz.suhbat.panel;

import java.time.LocalTime;

/** A candidate's time in a sitting. */
public record Slot(long id, long sittingId, LocalTime startsAt, long candidateId) {
}
