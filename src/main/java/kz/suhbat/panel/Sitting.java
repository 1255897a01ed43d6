package kz.suhbat.panel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A day on which the panel sits, in a room, with its time slots; {@code openedAt} and {@code closedAt}
 * are the moments the secretary opened and closed it (null until then), as its protocol states them.
 */
public record Sitting(long id, long campaignId, LocalDate date, String room, SittingStatus status, Instant openedAt,
                      Instant closedAt) {

    /** A sitting planned and not opened yet. */
    public static Sitting planned(long id, long campaignId, LocalDate date, String room) {
        return new Sitting(id, campaignId, date, room, SittingStatus.PLANNED, null, null);
    }

    public Sitting opened(Instant at) {
        return new Sitting(id, campaignId, date, room, SittingStatus.OPEN, at, null);
    }

    public Sitting closed(Instant at) {
        return new Sitting(id, campaignId, date, room, SittingStatus.CLOSED, openedAt, at);
    }

    public Optional<Instant> openedAtTime() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<Instant> closedAtTime() {
        return Optional.ofNullable(closedAt);
    }
}
