package kz.suhbat.panel;

import java.time.LocalTime;

/** A candidate's time in a sitting; {@code absent} once the secretary has recorded that they did not appear. */
public record Slot(long id, long sittingId, LocalTime startsAt, long candidateId, boolean absent) {

    public Slot(long id, long sittingId, LocalTime startsAt, long candidateId) {
        this(id, sittingId, startsAt, candidateId, false);
    }

    public Slot withAbsent(boolean isAbsent) {
        return new Slot(id, sittingId, startsAt, candidateId, isAbsent);
    }
}
